/**
 * The events `<caf-form>` dispatches. All bubble and are composed, so a page can listen on the
 * element, on its native `<form>` or on `document`.
 */
import type { Outcome, ValidationError } from '@caf-forms/core';

/** `caf-change`: the answers changed (or the element finished loading a form). */
export interface CafChangeDetail {
  data: unknown;
  errors: ValidationError[];
  outcomes: Outcome[];
}

/** `caf-submit`: the form was submitted with no validation error and no `blocker` outcome. */
export interface CafSubmitDetail {
  data: unknown;
  outcomes: Outcome[];
}

/** Why a submit was refused: answers that fail the schema, or a rule outcome of severity `blocker`. */
export type CafInvalidReason = 'errors' | 'blocker';

/** `caf-invalid`: a submit was refused; the error summary is shown and focused. */
export interface CafInvalidDetail {
  errors: ValidationError[];
  outcomes: Outcome[];
  reason: CafInvalidReason;
}

/** `caf-load-error`: the form could not be loaded (unknown `form`, bad `src`, bad `data` JSON, `form` and `form-id` disagreeing). */
export interface CafLoadErrorDetail {
  message: string;
  /** The attribute that holds the bad value. */
  attribute: 'form' | 'form-id' | 'src' | 'data';
}

/** `caf-load`: the form is loaded and rendered. */
export interface CafLoadDetail {
  formId: string;
}

export type CafChangeEvent = CustomEvent<CafChangeDetail>;
export type CafSubmitEvent = CustomEvent<CafSubmitDetail>;
export type CafInvalidEvent = CustomEvent<CafInvalidDetail>;
export type CafLoadErrorEvent = CustomEvent<CafLoadErrorDetail>;
export type CafLoadEvent = CustomEvent<CafLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'caf-change': CafChangeEvent;
    'caf-submit': CafSubmitEvent;
    'caf-invalid': CafInvalidEvent;
    'caf-load-error': CafLoadErrorEvent;
    'caf-load': CafLoadEvent;
  }
}

export function cafEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
