/**
 * Every form in five states (empty, partly filled, complete, with errors, read-only summary). The
 * stories are written by the workbench's Vite plugin from forms/<id>/ and the form's scenarios, as
 * for stories/scenarios.workbench.ts.
 */
export default { title: 'Forms' };
