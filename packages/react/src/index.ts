export type { CafFormHandle, CafFormProps, FormModule, FormState, SubmitAttempt } from './types.ts';
export { CafForm } from './caf-form.tsx';
export { govukRenderers } from './registry.ts';
export { createCspSafeAjv, ConditionNotPrecompiledError } from './csp-ajv.ts';
export { controlId, pointerToPath, pathToPointer } from './ids.ts';
export { govukCss, cafCss, choicesCss, formCss } from './styles.ts';
