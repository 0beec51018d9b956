/**
 * A `<caf-form>`'s part in a native `<form>`, through ElementInternals or, when the browser gives it
 * no form owner, the stand-in in `form-owner.ts`: the JSON it posts and the validity that lets a
 * submit through or refuses it, kept in step with the rendered form's latest state, and the
 * `caf-submit` or `caf-invalid` that says how a submit went.
 */
import type { CafFormHandle, FormState } from '@caf-forms/react';
import { cafEvent, type CafInvalidDetail, type CafSubmitDetail } from './events.ts';
import { FormOwner } from './form-owner.ts';

/** What the element lends its association. */
export interface AssociationHost {
  readonly element: HTMLElement;
  readonly internals: ElementInternals;
  /** The rendered form; null until there is one. */
  readonly handle: { readonly current: CafFormHandle | null };
  /** What the browser points at when it reports the element invalid. */
  anchor(): HTMLElement | undefined;
  reset(): void;
}

export class FormAssociation {
  readonly #host: AssociationHost;
  readonly #owner: FormOwner;
  #state: FormState | undefined;

  constructor(host: AssociationHost) {
    this.#host = host;
    const { element, internals } = host;
    this.#owner = new FormOwner({
      element,
      value: () => this.#value(),
      blocksSubmit: () => internals.willValidate && !internals.validity.valid,
      refuse: () => void this.#refuse(),
      submitted: () => this.#state && this.#dispatchSubmit(this.#state),
      reset: () => host.reset(),
    });
    // A native submit of an invalid form fires `invalid` here: show the GOV.UK error summary
    // instead of the browser's bubble.
    element.addEventListener('invalid', (event) => {
      event.preventDefault();
      void this.#refuse();
    });
  }

  /** The rendered form's latest state; undefined until it reports one, and after `forget()`. */
  get state(): FormState | undefined {
    return this.#state;
  }

  /** The `<form>` the element takes part in, natively or through the stand-in. */
  get form(): HTMLFormElement | null {
    return this.#owner.form;
  }

  /** Drops the state of answers that have just been replaced: it must not be posted or reported. */
  forget(): void {
    this.#state = undefined;
  }

  /** Call whenever the element's form owner, `form` attribute or place in the page may have changed. */
  follow(): void {
    this.#owner.update(this.#host.internals.form);
  }

  /** Keeps the submitted value and the native validity in step with the form's state. */
  sync(state: FormState | undefined): void {
    if (!state) return;
    this.#state = state;
    const { internals } = this.#host;
    internals.setFormValue(this.#value() ?? null);
    const anchor = this.#host.anchor();
    const blocker = state.outcomes.find((outcome) => outcome.severity === 'blocker');
    if (state.errors.length > 0) {
      const count = state.errors.length;
      internals.setValidity({ customError: true }, `There is a problem: ${count} answer${count === 1 ? '' : 's'} to fix`, anchor);
    } else if (blocker) {
      internals.setValidity({ customError: true }, blocker.message, anchor);
    } else {
      internals.setValidity({});
    }
  }

  /** A form that cannot be shown cannot be answered: submits are refused until it reports a state. */
  block(message: string): void {
    this.#host.internals.setValidity({ customError: true }, message);
  }

  /** See `CafFormElement.submit()`. */
  async submit(): Promise<boolean> {
    const handle = this.#host.handle.current;
    if (!handle) return false;
    const { ok, state } = await handle.attemptSubmit();
    this.sync(state);
    if (!ok) {
      this.#dispatchInvalid(state);
      return false;
    }
    // Inside a native form, that form's `submit` event fires `caf-submit` (see form-owner.ts).
    if (this.#owner.form) this.#owner.form.requestSubmit();
    else this.#dispatchSubmit(state);
    return true;
  }

  /** Shows the error summary, focused, and fires `caf-invalid`. */
  async #refuse(): Promise<void> {
    const handle = this.#host.handle.current;
    if (!handle) return;
    const { state } = await handle.attemptSubmit();
    this.sync(state);
    this.#dispatchInvalid(state);
  }

  #value(): string | undefined {
    return this.#state && JSON.stringify(this.#state.data ?? {});
  }

  #dispatchInvalid(state: FormState): void {
    const reason = state.errors.length > 0 ? 'errors' : 'blocker';
    this.#host.element.dispatchEvent(cafEvent<CafInvalidDetail>('caf-invalid', { errors: state.errors, outcomes: state.outcomes, reason }));
  }

  #dispatchSubmit(state: FormState): void {
    this.#host.element.dispatchEvent(cafEvent<CafSubmitDetail>('caf-submit', { data: state.data, outcomes: state.outcomes }));
  }
}
