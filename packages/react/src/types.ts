/**
 * The public shapes of the React runtime: what `caf build` hands it (a FormModule) and what it hands
 * back (FormState). The `<caf-form>` element in @caf-forms/elements codes against these.
 */
import type { CompiledValidator, DefinitionBundle, Outcome, ValidationError } from '@caf-forms/core';

/** One built form: the ES module `build/<id>/<id>.form.js` written by `caf build`. */
export interface FormModule {
  definition: DefinitionBundle;
  /** The form schema's precompiled (ajv standalone) validator. */
  validate: CompiledValidator;
  /** Precompiled validators of every UI-schema `rule.condition.schema`, keyed by `JSON.stringify(schema)`. */
  conditions: Record<string, CompiledValidator>;
}

export interface FormState {
  /** The answers, including any properties the schema does not know (they are never dropped). */
  data: unknown;
  errors: ValidationError[];
  outcomes: Outcome[];
}

export interface CafFormProps {
  form: FormModule;
  /** Initial data; a new object (by identity) replaces the answers. Unknown fields survive. */
  data?: unknown;
  /** Shows the read-only "check your answers" summary instead of the inputs. */
  readonly?: boolean;
  /** `YYYY-MM-DD` used as today by the rules (default: the local date). */
  today?: string;
  onChange?: (state: FormState) => void;
}

export interface SubmitAttempt {
  /** True when there are no validation errors and no `blocker` outcome. */
  ok: boolean;
  state: FormState;
}

export interface CafFormHandle {
  /** Shows errors (error summary focused) and outcomes; returns the state and whether it may be submitted (no errors, no blocker outcome). */
  attemptSubmit(): Promise<SubmitAttempt>;
  validate(): FormState['errors'];
  /** Back to the initial data, errors hidden. */
  reset(): void;
  getState(): FormState;
}
