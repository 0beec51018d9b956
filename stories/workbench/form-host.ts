/**
 * One `<caf-form>` as the workbench shows it: the form, and under it the rule explanation panel kept
 * in step with the answers. The form module comes from the workbench's Vite plugin, registered under
 * the form's id the way `define.ts` registers the forms `caf build` wrote.
 */
import { CafFormElement } from '@caf-forms/elements';
import type { Evaluation, JsonSchema } from '@caf-forms/core';
import type { FormModule } from '@caf-forms/react';
import { explanationPanel } from './explanation-panel.ts';
import { problemsPanel } from './problems-panel.ts';

export type FormModuleLoader = () => Promise<unknown>;

export interface HostOptions {
  formId: string;
  module: FormModule;
  data: unknown;
  today: string;
  readonly?: boolean;
}

export interface FormHost {
  element: HTMLElement;
  form: CafFormElement;
  /** The form's JSON Schema, for finding what a select's options stand for. */
  schema: JsonSchema;
  /** What the rules conclude for the form's current answers: the oracle for its outcomes panel. */
  evaluate(): Promise<Evaluation>;
  /** Resolves once the form has rendered and the explanation shows the rules for its answers. */
  ready: Promise<void>;
}

function defineElement(formId: string, module: FormModule): void {
  CafFormElement.forms = { ...CafFormElement.forms, [formId]: async () => module };
  if (!customElements.get('caf-form')) customElements.define('caf-form', CafFormElement);
}

function formHost(options: HostOptions): FormHost {
  defineElement(options.formId, options.module);
  const element = document.createElement('div');
  element.className = 'workbench-story';
  const form = document.createElement('caf-form');
  form.today = options.today;
  form.readonly = options.readonly ?? false;
  form.data = structuredClone(options.data);
  const explanation = explanationPanel(options.module.definition, options.today);
  form.addEventListener('caf-change', (event) => void explanation.update(event.detail.data));
  const ready = new Promise<void>((resolve, reject) => {
    form.addEventListener('caf-load', () => resolve(explanation.update(form.data)), { once: true });
    form.addEventListener('caf-load-error', (event) => reject(new Error(event.detail.message)), { once: true });
  });
  form.form = options.formId;
  element.append(form, explanation.element);
  return { element, form, schema: options.module.definition.schema, ready, evaluate: () => explanation.evaluate(form.data) };
}

/** Why a story cannot show its form: the definitions' problems, or what is missing. */
export interface Availability {
  problems: readonly string[];
  /** Said when there are no problems but the form still cannot be shown (e.g. an unknown form id). */
  reason: string;
  load: FormModuleLoader | undefined;
}

const hosts = new WeakMap<Element, FormHost>();
const unusable = ({ problems, load }: Availability) => problems.length > 0 || !load;

/** Storybook `loaders`: the form's runtime module, fetched only when its story is shown. */
export function formLoaders(availability: Availability) {
  return [async () => (availability.load ? { formModule: (await availability.load()) as FormModule } : {})];
}

/** The story's canvas: the form and its explanation, or the located problems in their place. */
export function renderHost(availability: Availability, loaded: Record<string, unknown>, options: Omit<HostOptions, 'module'> | undefined): HTMLElement {
  const module = loaded.formModule as FormModule | undefined;
  if (unusable(availability) || !module || !options) {
    return problemsPanel(availability.problems.length > 0 ? availability.problems : [availability.reason]);
  }
  const host = formHost({ ...options, module });
  hosts.set(host.element, host);
  return host.element;
}

/** For play functions: the rendered form, loaded; fails with the problems when there is none. */
export async function renderedHost(canvasElement: HTMLElement, availability: Availability): Promise<FormHost> {
  if (unusable(availability)) throw new Error(availability.problems.length > 0 ? availability.problems.join('\n') : availability.reason);
  const host = hosts.get(canvasElement.querySelector('.workbench-story')!);
  if (!host) throw new Error('the form was not rendered');
  await host.ready;
  return host;
}
