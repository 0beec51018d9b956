/**
 * When a `<caf-form>` looks for its form module and what it does with the answer: `load.ts` finds
 * the module; this loads again only when `form`, `form-id` or `src` name something else, lets the
 * latest request win, and makes sure the page hears of every problem.
 */
import type { FormModule } from '@caf-forms/react';
import { cafEvent, type CafLoadErrorDetail } from './events.ts';
import { loadFormModule, type LoadRequest } from './load.ts';

/** What the element lends its loading: where a module or a problem is shown. */
export interface LoadingHost {
  readonly element: HTMLElement;
  /** A load has started: whatever was shown for the last one goes. */
  started(): void;
  loaded(module: FormModule): void;
  failed(problem: CafLoadErrorDetail): void;
}

export class FormLoading {
  readonly #host: LoadingHost;
  #token = 0;
  /** The form, form-id and src the last load was for. */
  #requested: string | undefined;
  #unreported: CafLoadErrorDetail | undefined;

  constructor(host: LoadingHost) {
    this.#host = host;
  }

  loadIfChanged(request: LoadRequest): void {
    const key = JSON.stringify([request.form, request.formId, request.src]);
    if (key === this.#requested) return;
    this.#requested = key;
    void this.#load(request);
  }

  /** Shows the problem, and tells the page. */
  fail(problem: CafLoadErrorDetail): void {
    const { element } = this.#host;
    this.#host.failed(problem);
    // Attributes are read before the element is in the page; the page hears about it once it is.
    if (element.isConnected) element.dispatchEvent(cafEvent<CafLoadErrorDetail>('caf-load-error', problem));
    else this.#unreported = problem;
  }

  /** Call when the element joins the page. */
  connected(): void {
    const problem = this.#unreported;
    this.#unreported = undefined;
    if (problem) this.#host.element.dispatchEvent(cafEvent<CafLoadErrorDetail>('caf-load-error', problem));
  }

  async #load(request: LoadRequest): Promise<void> {
    const token = ++this.#token;
    this.#host.started();
    const result = await loadFormModule(request);
    if (token !== this.#token) return;
    if (result.ok) this.#host.loaded(result.module);
    else this.fail(result.problem);
  }
}
