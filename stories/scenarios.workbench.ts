/**
 * Every rule scenario as a story. The stories are not written here: the workbench's Vite plugin
 * (stories/workbench/node/vite-plugin.ts) replaces this module with one export per file
 * rules/<rule-set>/scenarios/<name>.json, and its indexer lists them in the sidebar. Add a scenario
 * file and its story appears; see docs/decisions/ on scenario stories.
 */
export default { title: 'Scenarios' };
