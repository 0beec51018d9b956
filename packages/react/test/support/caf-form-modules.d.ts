declare module 'caf-form:*' {
  import type { CompiledValidator, DefinitionBundle } from '@caf-forms/core';
  export const definition: DefinitionBundle;
  export const validate: CompiledValidator;
  export const conditions: Record<string, CompiledValidator>;
}
