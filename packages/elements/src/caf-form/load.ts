/**
 * Finding the form module a `<caf-form>` shows: a bundled form by id, or a module built by
 * `caf build` at a URL. Every failure becomes a sentence a person can act on.
 */
import type { FormModule } from '@caf-forms/react';

export type FormLoader = () => Promise<unknown>;

interface LoadProblem {
  attribute: 'form' | 'form-id' | 'src';
  message: string;
}

export type LoadResult = { ok: true; module: FormModule } | { ok: false; problem: LoadProblem };

export interface LoadRequest {
  /** The `form` attribute: id of a bundled form. */
  form: string | undefined;
  /** The `form-id` attribute: another name for `form`, kept for pages written with it. */
  formId: string | undefined;
  src: string | undefined;
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

/** The bundled form that `form`, or its alias `form-id`, names and the attribute that named it; or why there is none. */
function namedForm({ form, formId }: LoadRequest): { id: string; attribute: LoadProblem['attribute'] } | { problem: LoadProblem } {
  if (form && formId && form !== formId) {
    const message = `form="${form}" and form-id="${formId}" name different forms. form-id is another name for form: keep only form.`;
    return { problem: { attribute: 'form-id', message } };
  }
  if (form) return { id: form, attribute: 'form' };
  if (formId) return { id: formId, attribute: 'form-id' };
  return { problem: { attribute: 'form', message: 'No form to show: set the form attribute to a form id, or src to a built form.' } };
}

export async function loadFormModule(request: LoadRequest): Promise<LoadResult> {
  const { src, forms } = request;
  const named = request.form ?? request.formId;
  if (src && named) {
    const attribute = request.form ? 'form' : 'form-id';
    const message = `src="${src}" and ${attribute}="${named}" both choose the form to show: keep one (src for a form built by caf build, ${attribute} for one bundled with the element).`;
    return { ok: false, problem: { attribute: 'src', message } };
  }
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
  const bundled = namedForm(request);
  if ('problem' in bundled) return { ok: false, problem: bundled.problem };
  const { id, attribute } = bundled;
  const loader = forms[id];
  if (!loader) {
    const known = Object.keys(forms).sort();
    const list = known.length > 0 ? `The forms in this build are: ${known.join(', ')}.` : 'This build has no bundled forms; use src.';
    return { ok: false, problem: { attribute, message: `There is no form called "${id}". ${list}` } };
  }
  const module = await loader().catch((error: unknown) => error);
  if (!isFormModule(module)) {
    const detail = module instanceof Error ? `: ${module.message}` : '';
    return { ok: false, problem: { attribute, message: `The form "${id}" could not be loaded${detail}.` } };
  }
  return { ok: true, module };
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
