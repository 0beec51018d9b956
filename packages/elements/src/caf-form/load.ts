/**
 * Finding the form module a `<caf-form>` shows: a bundled form by id, or a module built by
 * `caf build` at a URL. Every failure becomes a sentence a person can act on.
 */
import type { FormModule } from '@caf-forms/react';

export type FormLoader = () => Promise<unknown>;

export type LoadResult =
  | { ok: true; module: FormModule }
  | { ok: false; problem: { attribute: 'form-id' | 'src' | 'form'; message: string } };

export interface LoadRequest {
  formId: string | undefined;
  src: string | undefined;
  /** The `form` attribute, which HTML gives to form owners; only read to explain a likely mistake. */
  formAttribute: string | null;
  forms: Readonly<Record<string, FormLoader>>;
  /** What a relative `src` is relative to: the page, not this script. */
  base: string;
}

function isFormModule(value: unknown): value is FormModule {
  const module = value as Partial<FormModule> | null;
  return (
    typeof module === 'object' &&
    module !== null &&
    typeof module.definition === 'object' &&
    typeof module.definition?.manifest?.id === 'string' &&
    typeof module.validate === 'function' &&
    typeof module.conditions === 'object'
  );
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function loadFormModule(request: LoadRequest): Promise<LoadResult> {
  const { formId, src, forms } = request;
  if (src) {
    let url: string;
    try {
      url = new URL(src, request.base).href;
    } catch {
      return { ok: false, problem: { attribute: 'src', message: `The src "${src}" is not a URL.` } };
    }
    let module: unknown;
    try {
      module = await import(/* @vite-ignore */ url);
    } catch (error) {
      return { ok: false, problem: { attribute: 'src', message: `The form at ${url} could not be loaded: ${reason(error)}` } };
    }
    if (!isFormModule(module)) {
      return {
        ok: false,
        problem: { attribute: 'src', message: `${url} is not a form built by caf build: it must export definition, validate and conditions.` },
      };
    }
    return { ok: true, module };
  }
  if (formId) {
    const loader = forms[formId];
    if (!loader) {
      const known = Object.keys(forms).sort();
      const list = known.length > 0 ? `The forms in this build are: ${known.join(', ')}.` : 'This build has no bundled forms; use src.';
      return { ok: false, problem: { attribute: 'form-id', message: `There is no form called "${formId}". ${list}` } };
    }
    const module = await loader().catch((error: unknown) => error);
    if (!isFormModule(module)) {
      const detail = module instanceof Error ? `: ${module.message}` : '';
      return { ok: false, problem: { attribute: 'form-id', message: `The form "${formId}" could not be loaded${detail}.` } };
    }
    return { ok: true, module };
  }
  if (request.formAttribute) {
    // `<caf-form form="family-assessment">` reads naturally but, as on any form control, `form`
    // names the id of the <form> the element belongs to: say so rather than show nothing.
    const message = `The form attribute names the <form> this element belongs to, as on any form control, so it cannot choose the form to show: write form-id="${request.formAttribute}" instead.`;
    return { ok: false, problem: { attribute: 'form', message } };
  }
  return { ok: false, problem: { attribute: 'form-id', message: 'No form to show: set the form-id attribute to a form id, or src to a built form.' } };
}

export type DataParse = { ok: true; value: unknown } | { ok: false; message: string };

/** The `data` attribute: JSON, or absent (no answers yet). */
export function parseDataAttribute(text: string | null): DataParse {
  if (text === null || text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `The data attribute is not valid JSON (${reason(error)}); nothing was loaded.` };
  }
}
