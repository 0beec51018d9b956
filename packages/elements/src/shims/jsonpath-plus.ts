/**
 * Stands in for jsonpath-plus in the browser build. json-rules-engine imports it for fact paths,
 * but @caf-forms/core gives every engine its own JSON Pointer `pathResolver`, so it is never
 * called; its browser code contains `new Function`, which a strict CSP forbids.
 * See docs/decisions/ (jsonpath-plus in the browser).
 */
export function JSONPath(): never {
  throw new Error('JSONPath expressions are not supported in the browser build of caf-forms: rule paths are JSON Pointers.');
}
