/**
 * Stands in for ajv in the browser build. @jsonforms/core imports ajv to compile schemas at run
 * time, which needs `new Function` (forbidden by a strict CSP) and weighs ~35 KB gzipped. The
 * element never lets it: validation uses the validators `caf build` precompiled and UI rule
 * conditions go through @caf-forms/react's `createCspSafeAjv`. If anything still constructs an
 * Ajv, say so plainly rather than fail on a CSP violation.
 */
export class Ajv {
  constructor() {
    throw new Error('caf-forms does not compile JSON Schemas in the browser: use the validators that `caf build` precompiled.');
  }
}

export default Ajv;
