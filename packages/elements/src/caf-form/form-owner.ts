/**
 * The native `<form>` a `<caf-form>` takes part in, and a stand-in for the association when the
 * browser gives it none.
 *
 * Why a stand-in: the element's contract is `<caf-form form="family-assessment">` (issue #4), but
 * HTML gives a form-associated element's `form` content attribute to "the id of its form owner".
 * With no element of that id, the browser leaves the element without a form owner even inside a
 * `<form>`, and ElementInternals then neither posts its value nor stops an invalid submit. So when
 * `internals.form` is null but the element sits inside a `<form>`, this listens on that form and
 * does what the association would: adds the value to the form data, refuses an invalid submit,
 * resets with the form. When the browser does associate the element (`form-id`, `src`), only the
 * `caf-submit` listener is added: the browser posts and validates, so nothing happens twice.
 *
 * What the stand-in cannot do: `form.checkValidity()` and `form.reportValidity()`, called by the
 * page, do not see the element (the browser does not list it in `form.elements`); the submit it
 * intercepts is refused all the same.
 */

/** What the element lends the stand-in. */
export interface FormParticipant {
  readonly element: HTMLElement;
  /** The value given to ElementInternals (the answers as JSON); undefined while nothing is loaded. */
  value(): string | undefined;
  /** Whether the browser would refuse a submit: the element takes part in validation and is invalid. */
  blocksSubmit(): boolean;
  /** Shows the error summary, focused, and fires `caf-invalid`. */
  refuse(): void;
  /** Fires `caf-submit`. */
  submitted(): void;
  reset(): void;
}

export class FormOwner {
  readonly #participant: FormParticipant;
  #form: HTMLFormElement | null = null;
  #emulated = false;
  #listeners: AbortController | undefined;

  constructor(participant: FormParticipant) {
    this.#participant = participant;
  }

  /** The `<form>` the element takes part in, associated by the browser or by the stand-in. */
  get form(): HTMLFormElement | null {
    return this.#form;
  }

  /**
   * Follows the element to its form: call it with ElementInternals' form owner whenever that, the
   * `form` attribute or the element's place in the page may have changed.
   */
  update(native: HTMLFormElement | null): void {
    const { element } = this.#participant;
    const form = native ?? (element.isConnected ? element.closest('form') : null);
    const emulated = native === null && form !== null;
    if (form === this.#form && emulated === this.#emulated) return;
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#form = form;
    this.#emulated = emulated;
    if (form) this.#listen(form, emulated);
  }

  #listen(form: HTMLFormElement, emulated: boolean): void {
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    if (!emulated) {
      // The browser has validated the form before it fires `submit`.
      form.addEventListener('submit', () => this.#participant.submitted(), { signal });
      return;
    }
    // Capture: on the form itself, capture listeners run before the page's own `submit` handlers.
    form.addEventListener('submit', (event) => this.#onSubmit(form, event), { signal, capture: true });
    form.addEventListener('formdata', (event) => this.#onFormData(event), { signal });
    form.addEventListener('reset', (event) => this.#onReset(event), { signal });
  }

  #onSubmit(form: HTMLFormElement, event: SubmitEvent): void {
    // As the browser does, `novalidate` on the form or `formnovalidate` on the button skips validation.
    const noValidate = form.noValidate || (event.submitter?.hasAttribute('formnovalidate') ?? false);
    if (noValidate || !this.#participant.blocksSubmit()) {
      this.#participant.submitted();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.#participant.refuse();
  }

  /** The entry the browser adds for a form-associated element: its `name`, unless it is disabled. */
  #onFormData(event: FormDataEvent): void {
    const { element } = this.#participant;
    const name = element.getAttribute('name');
    const value = this.#participant.value();
    if (!name || value === undefined || element.matches(':disabled')) return;
    event.formData.append(name, value);
  }

  #onReset(event: Event): void {
    // `reset` is cancelable and page listeners may run after this one: decide once it is dispatched.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.#participant.reset();
    });
  }
}
