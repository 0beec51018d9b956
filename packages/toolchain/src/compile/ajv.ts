/**
 * The one ajv configuration used everywhere a form schema is compiled, so that `caf test`,
 * `caf evaluate` and the browser bundles report exactly the same errors for the same data.
 */
import { Ajv, Name, type Options } from 'ajv';
import ajvErrors from 'ajv-errors';
import addFormats from 'ajv-formats';

/** Annotation keywords analysts may write in a schema: accepted, with no effect on validation. */
export const ANNOTATION_KEYWORDS = ['x-sensitive'] as const;

/** The identifier the standalone code uses for ajv-formats' formats (see standalone.ts). */
export const FORMATS_IDENTIFIER = '__cafFormats';

export function createAjv(options: { source?: boolean } = {}): Ajv {
  // strictRequired is off: it rejects the draft-07 idiom for conditional questions,
  // `allOf: [{ if: …, then: { required: [...] } }]`, whose properties are declared at the top.
  const settings: Options = { allErrors: true, strict: true, strictRequired: false };
  // ajv-formats would otherwise point standalone code at `require("ajv-formats/dist/formats")`,
  // which an ES module cannot use; standalone.ts imports the formats under this name instead.
  if (options.source) settings.code = { source: true, esm: true, formats: new Name(FORMATS_IDENTIFIER) };
  const ajv = new Ajv(settings);
  addFormats(ajv);
  ajvErrors(ajv);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}
