/** Stands in for ajv-formats in the browser build; see ./ajv.ts for why. */
export default function addFormats(): never {
  throw new Error('caf-forms does not compile JSON Schemas in the browser: use the validators that `caf build` precompiled.');
}
