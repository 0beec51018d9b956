/**
 * The one ajv configuration used everywhere a form schema is compiled, so that `caf test`,
 * `caf evaluate` and the browser bundles report exactly the same errors for the same data.
 */
import { Ajv, Name, type KeywordDefinition, type Options } from 'ajv';
import addFormats from 'ajv-formats';

/** Annotation keywords analysts may write in a schema: accepted, with no effect on validation. */
export const ANNOTATION_KEYWORDS = ['x-sensitive'] as const;

/** The identifier the standalone code uses for ajv-formats' formats (see standalone.ts). */
export const FORMATS_IDENTIFIER = '__cafFormats';

/**
 * `errorMessage` is ajv-errors' keyword and shape, but no code: core applies the messages to the
 * errors after validation (decision 007). The meta-schema is ajv-errors' own, so a malformed
 * `errorMessage` is still refused when the schema compiles.
 */
const ERROR_MESSAGE_KEYWORD: KeywordDefinition = {
  keyword: 'errorMessage',
  schemaType: ['string', 'object'],
  metaSchema: {
    anyOf: [
      { type: 'string' },
      {
        type: 'object',
        properties: {
          properties: { $ref: '#/$defs/stringMap' },
          items: { type: 'array', items: { type: 'string' } },
          required: { $ref: '#/$defs/stringOrMap' },
          dependencies: { $ref: '#/$defs/stringOrMap' },
        },
        additionalProperties: { type: 'string' },
      },
    ],
    $defs: {
      stringMap: { type: 'object', additionalProperties: { type: 'string' } },
      stringOrMap: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/stringMap' }] },
    },
  },
};

export function createAjv(options: { source?: boolean; inlineRefs?: boolean } = {}): Ajv {
  // strictRequired is off: it rejects the draft-07 idiom for conditional questions,
  // `allOf: [{ if: …, then: { required: [...] } }]`, whose properties are declared at the top.
  const settings: Options = { allErrors: true, strict: true, strictRequired: false, inlineRefs: options.inlineRefs ?? true };
  // ajv-formats would otherwise point standalone code at `require("ajv-formats/dist/formats")`,
  // which an ES module cannot use; standalone.ts imports the formats under this name instead.
  if (options.source) settings.code = { source: true, esm: true, formats: new Name(FORMATS_IDENTIFIER) };
  const ajv = new Ajv(settings);
  addFormats(ajv);
  ajv.addKeyword(ERROR_MESSAGE_KEYWORD);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}
