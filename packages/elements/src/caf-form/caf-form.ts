/**
 * `<caf-form>`: a lit custom element that hosts the @caf-forms/react renderers in its shadow root
 * and takes part in native `<form>`s (`form-association.ts`) through ElementInternals (or, when its
 * `form` attribute keeps the browser from associating it, through `form-owner.ts`). The class has
 * no side effects; `define.ts` registers it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { createElement, createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CafForm, type CafFormHandle, type FormModule, type FormState } from '@caf-forms/react';
import type { ValidationError } from '@caf-forms/core';
import { cafFormStyles } from './caf-form.styles.ts';
import { cafEvent, type CafChangeDetail, type CafLoadDetail, type CafLoadErrorDetail } from './events.ts';
import { FormAssociation } from './form-association.ts';
import { FormLoading } from './form-loading.ts';
import { parseDataAttribute, type FormLoader } from './load.ts';

/**
 * A CAF form, declared in JSON and rendered the GOV.UK way, that hands back valid JSON.
 *
 * @summary A GOV.UK-styled, rule-aware form for children's early-help work (CAF).
 * @tag caf-form
 *
 * @attr form - Id of a form bundled with the element (e.g. `family-assessment`). Inside a native `<form>` it
 *   still posts and validates with that form (see `form-owner.ts`).
 * @attr form-id - Another name for `form`, kept for pages written with it; if both are set they must agree.
 * @attr src - URL of a form module built by `caf build` (`build/<id>/<id>.form.js`); same origin under a strict CSP. Set src or form, not both.
 * @attr data - The answers to start from, as JSON.
 * @attr readonly - Shows the "check your answers" summary instead of the questions.
 * @attr today - The date the rules treat as today (`YYYY-MM-DD`); defaults to the local date.
 * @attr name - The name the JSON answers are submitted under inside a native `<form>`.
 *
 * @fires {CustomEvent<CafChangeDetail>} caf-change - The outcomes of the starting answers are known, or the answers changed: `{ data, errors, outcomes }`.
 * @fires {CustomEvent<CafSubmitDetail>} caf-submit - Submitted with no error and no blocker: `{ data, outcomes }`.
 * @fires {CustomEvent<CafInvalidDetail>} caf-invalid - A submit was refused: `{ errors, outcomes, reason }`; the error summary is focused.
 * @fires {CustomEvent<CafLoadErrorDetail>} caf-load-error - The form could not be loaded: `{ message, attribute }`; the message is also shown in the element.
 * @fires {CustomEvent<CafLoadDetail>} caf-load - The form is loaded and rendered: `{ formId }`. Again each time `form` or `src` brings another form.
 *
 * @csspart form - The container the questions are rendered in.
 * @csspart submit - The element's own submit button (shown when it is not inside a native form).
 * @csspart load-error - The message shown when the form cannot be loaded.
 * @csspart error-summary - The GOV.UK error summary ("There is a problem"), shown after a refused submit.
 * @csspart outcomes - The panel listing the rules' outcomes.
 *
 * @cssprop [--caf-form-font-family=arial, sans-serif] - Font of every text in the form (no web fonts are fetched).
 * @cssprop [--caf-form-text-colour=#0b0c0c] - Main text colour.
 * @cssprop [--caf-form-focus-colour=#ffdd00] - Colour of the focus indicator (keep a 3:1 contrast).
 * @cssprop [--caf-form-brand-colour=#00703c] - Background of the submit and primary buttons.
 * @cssprop [--caf-form-max-width=none] - Maximum width of the form.
 */
export class CafFormElement extends LitElement {
  static formAssociated = true;

  /** Forms the `form` attribute can name, each loaded on first use; `define.ts` fills it. */
  static forms: Record<string, FormLoader> = {};

  static override styles = cafFormStyles;

  static override properties = {
    form: { type: String, reflect: true },
    formId: { type: String, attribute: 'form-id', reflect: true },
    src: { type: String, reflect: true },
    data: { attribute: 'data', noAccessor: true },
    readonly: { type: Boolean, reflect: true },
    today: { type: String, reflect: true },
    name: { type: String, reflect: true },
    _module: { state: true },
    _problem: { state: true },
    _disabled: { state: true },
    _associated: { state: true },
  };

  /** Id of a form bundled with the element; as a property, this string, not the owning `<form>` (decision 006). */
  declare form: string | undefined;
  /** Another name for `form`, kept for pages written with `form-id`; if both are set they must agree. */
  declare formId: string | undefined;
  /** URL of a form module built by `caf build`. */
  declare src: string | undefined;
  /** Shows the read-only "check your answers" summary. */
  declare readonly: boolean;
  /** The date the rules treat as today (`YYYY-MM-DD`). */
  declare today: string | undefined;
  /** The name the JSON answers are submitted under inside a native `<form>`. */
  declare name: string | undefined;

  /** @internal */
  declare _module: FormModule | undefined;
  /** @internal */
  declare _problem: CafLoadErrorDetail | undefined;
  /** @internal */
  declare _disabled: boolean;
  /** @internal */
  declare _associated: boolean;

  #internals = this.attachInternals();
  #initialData: unknown = undefined;
  #root: Root | undefined;
  #handle = createRef<CafFormHandle>();
  /** The form module rendered last: a different one is announced with `caf-load`. */
  #shown: FormModule | undefined;
  #association = new FormAssociation({
    element: this,
    internals: this.#internals,
    handle: this.#handle,
    anchor: () => this.#questions(),
    reset: () => this.reset(),
  });
  #loading = new FormLoading({
    element: this,
    started: () => {
      this._module = undefined;
      if (this._problem?.attribute !== 'data') this._problem = undefined;
    },
    loaded: (module) => (this._module = module),
    failed: (problem) => {
      this._problem = problem;
      this.#association.block(problem.message);
    },
  });

  constructor() {
    super();
    this.readonly = false;
    this._disabled = false;
    this._associated = false;
  }

  /** The current answers (JSON); setting it replaces them. Unknown fields are kept. */
  get data(): unknown {
    return this.#association.state?.data ?? this.#initialData;
  }

  set data(value: unknown) {
    const old = this.data;
    this.#initialData = value;
    this.#association.forget();
    if (this._problem?.attribute === 'data') this._problem = undefined;
    this.requestUpdate('data', old);
  }

  /** The latest validation errors (not necessarily shown yet). */
  get errors(): ValidationError[] {
    return this.#association.state?.errors ?? [];
  }

  /** The latest rule outcomes, most severe first. */
  get outcomes(): FormState['outcomes'] {
    return this.#association.state?.outcomes ?? [];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'data') return super.attributeChangedCallback(name, old, value);
    const parsed = parseDataAttribute(value);
    if (parsed.ok) this.data = parsed.value;
    else this.#loading.fail({ attribute: 'data', message: parsed.message });
  }

  /** Checks the answers and shows any problems; returns the validation errors (empty when valid). */
  validate(): ValidationError[] {
    const errors = this.#handle.current?.validate() ?? [];
    this.#association.sync(this.#handle.current?.getState());
    return errors;
  }

  /**
   * Submits: shows the errors (focusing the error summary) or, when the answers are valid and no
   * outcome is a blocker, fires `caf-submit` (inside a native form, submits that form). Resolves to
   * whether it was submitted.
   */
  submit(): Promise<boolean> {
    return this.#association.submit();
  }

  /** Back to the initial answers, with no errors shown. */
  reset(): void {
    this.#handle.current?.reset();
    this.#association.sync(this.#handle.current?.getState());
  }

  /** @internal */
  formAssociatedCallback(): void {
    this.#followForm();
  }

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this._disabled = disabled;
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const parsed = parseDataAttribute(state);
    if (parsed.ok) this.data = parsed.value;
  }

  override connectedCallback(): void {
    // Fetching the form starts before the shadow root's stylesheet is parsed, so the two overlap.
    if (!this.hasUpdated) this.#loadIfChanged();
    super.connectedCallback();
    this.#followForm();
    this.#loading.connected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#followForm();
    // The rendered form is kept: pages and frameworks take elements out and put them back (moving
    // one is exactly that), and it must come back with its answers. It holds nothing outside the
    // element, so an element that never comes back is garbage-collected with its form.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update loads too, so an element with neither form nor src says what is missing.
    if (!this.hasUpdated || changed.has('form') || changed.has('formId') || changed.has('src')) this.#loadIfChanged();
  }

  #loadIfChanged(): void {
    const { form, formId, src } = this;
    this.#loading.loadIfChanged({ form, formId, src, forms: CafFormElement.forms, base: document.baseURI });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The `form` attribute is reflected by now, and the browser has re-read it for the form owner.
    if (changed.has('form')) this.#followForm();
    const inputs = ['_module', 'data', 'readonly', 'today', '_disabled'] as const;
    if (inputs.some((key) => changed.has(key))) this.#renderForm();
  }

  protected override render() {
    const problem = this._problem;
    const showSubmit = this._module !== undefined && !problem && !this.readonly && !this._associated;
    return html`${problem
        ? html`<div class="govuk-error-summary" part="load-error" role="alert">
            <h2 class="govuk-error-summary__title">This form cannot be shown</h2>
            <div class="govuk-error-summary__body"><p class="govuk-body">${problem.message}</p></div>
          </div>`
        : nothing}${this._module === undefined && !problem
        ? html`<p class="govuk-body caf-form__loading" role="status">Loading the form…</p>`
        : nothing}<div class="caf-form__questions govuk-frontend-supported" part="form" ?hidden=${problem !== undefined} ?inert=${this._disabled}></div>${showSubmit
        ? html`<div class="govuk-button-group">
            <button type="button" class="govuk-button" part="submit" data-module="govuk-button" @click=${() => void this.submit()}>
              Submit
            </button>
          </div>`
        : nothing}`;
  }

  #renderForm(): void {
    const module = this._module;
    const container = this.#questions();
    if (!module || !container) return;
    this.#root ??= createRoot(container);
    const props = {
      form: module,
      data: this.#initialData,
      readonly: this.readonly || this._disabled,
      today: this.today,
      onChange: (state: FormState) => {
        this.#association.sync(state);
        this.dispatchEvent(cafEvent<CafChangeDetail>('caf-change', { ...state }));
      },
      ref: this.#handle,
    };
    const first = this.#shown !== module;
    this.#shown = module;
    // Synchronous, so that `caf-load` listeners and form association see the rendered form.
    flushSync(() => this.#root!.render(createElement(CafForm, props)));
    this.#association.sync(this.#handle.current?.getState());
    if (first) this.dispatchEvent(cafEvent<CafLoadDetail>('caf-load', { formId: module.definition.manifest.id }));
  }

  /** The `<form>` the element takes part in, natively or through the stand-in (form-owner.ts). */
  #followForm(): void {
    this.#association.follow();
    this._associated = this.#association.form !== null;
  }

  #questions(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.caf-form__questions') ?? undefined;
  }
}
