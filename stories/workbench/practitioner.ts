/**
 * Fills in `<caf-form>` the way a practitioner does, from a scenario's answers: opens the section a
 * question is in, types into text boxes and date fields, clicks radios and checkboxes, and presses
 * "Add another" for each further item of a list. Controls are found by what the renderers derive
 * from the data path (`name`, `controlId`), so no scenario needs steps written by hand.
 */
import { userEvent } from 'storybook/test';
import { controlId } from '@caf-forms/react';
import type { JsonSchema } from '@caf-forms/core';
import type { CafFormElement } from '@caf-forms/elements';

type Leaf = { path: string[]; value: unknown };

/** Answers in the order a person meets them: depth first, lists item by item. */
function leaves(value: unknown, path: string[] = []): Leaf[] {
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    return value.flatMap((item, index) => leaves(item, [...path, String(index)]));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [{ path, value }];
}

const cssString = (text: string) => JSON.stringify(text);

const setNativeValue = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(input, value);
};

/**
 * Types key by key into a box inside the form's shadow root. testing-library's `userEvent.type`
 * sends keys to `document.activeElement`, which is the `<caf-form>` host, not the box in its shadow
 * root, so each key is dispatched here as the browser would: keydown, the character, input, keyup.
 */
async function typeInto(box: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await userEvent.click(box);
  box.focus();
  for (const key of text) {
    box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    setNativeValue(box, box.value + key);
    box.dispatchEvent(new InputEvent('input', { data: key, inputType: 'insertText', bubbles: true, composed: true }));
    box.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
  }
  // A person does not leave the box in the same instant as the last key: let the form take it in.
  await new Promise((resolve) => setTimeout(resolve, 20));
  box.blur();
}

function root(form: CafFormElement): ShadowRoot {
  if (!form.shadowRoot) throw new Error('<caf-form> has no shadow root');
  return form.shadowRoot;
}

/** The inputs bound to a data path: by `name` (radios, checkboxes, date parts) or by id. */
function inputsFor(form: CafFormElement, path: string): HTMLElement[] {
  const shadow = root(form);
  const named = [...shadow.querySelectorAll<HTMLElement>(`[name=${cssString(path)}], [name^=${cssString(`${path}-`)}]`)];
  if (named.length > 0) return named;
  const byId = shadow.getElementById(controlId(path));
  return byId ? [byId] : [];
}

/** Opens section after section of the task list until the question is on screen. */
async function reveal(form: CafFormElement, path: string): Promise<HTMLElement[]> {
  const sections = [...root(form).querySelectorAll<HTMLAnchorElement>('.govuk-task-list__link')];
  for (let index = -1; index < sections.length; index++) {
    if (index >= 0) await userEvent.click(root(form).querySelectorAll<HTMLAnchorElement>('.govuk-task-list__link')[index]!);
    const inputs = inputsFor(form, path);
    if (inputs.length > 0) return inputs;
  }
  return [];
}

/** Presses the list's "Add another" button until item `index` exists. */
async function ensureItem(form: CafFormElement, listPath: string, index: number): Promise<void> {
  const itemPath = `${listPath}.${index}`;
  if (root(form).querySelector(`[name^=${cssString(`${itemPath}.`)}], [id^=${cssString(`${controlId(itemPath)}-`)}]`)) return;
  await reveal(form, listPath);
  const list = root(form).getElementById(controlId(listPath))?.closest('.caf-add-another');
  const add = [...(list?.querySelectorAll<HTMLButtonElement>(':scope > button') ?? [])].pop();
  if (!add) throw new Error(`no "Add another" button for ${listPath}`);
  await userEvent.click(add);
}

async function answer(form: CafFormElement, path: string, value: unknown, schema: JsonSchema): Promise<void> {
  const inputs = await reveal(form, path);
  if (inputs.length === 0) throw new Error(`no question on the form for ${path}`);
  const first = inputs[0] as HTMLInputElement;
  if (first instanceof HTMLSelectElement) {
    await userEvent.selectOptions(first, optionFor(first, schemaAt(schema, path), value));
    return;
  }
  if (first.type === 'radio' || first.type === 'checkbox') {
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    const boxes = inputs as HTMLInputElement[];
    const targets = first.type === 'checkbox' && boxes.length === 1 ? (value === true ? boxes : []) : boxes.filter((box) => values.includes(box.value));
    if (targets.length === 0 && value !== false) throw new Error(`${path}: no option "${values.join(', ')}"`);
    for (const box of targets) if (!box.checked) await userEvent.click(box);
    return;
  }
  const day = inputs.find((input) => (input as HTMLInputElement).name === `${path}-day`) as HTMLInputElement | undefined;
  if (day && typeof value === 'string') {
    const [year, month, date] = value.split('-');
    for (const [part, text] of [['day', date], ['month', month], ['year', year]] as const) {
      await typeInto(inputs.find((i) => (i as HTMLInputElement).name === `${path}-${part}`) as HTMLInputElement, String(Number(text)));
    }
    return;
  }
  // The form starts empty, so typing is all a practitioner does.
  await typeInto(first, String(value));
}

const isEmpty = (value: unknown) =>
  value === '' || value === null || (typeof value === 'object' && Object.keys(value).length === 0);

/**
 * The answers without empty ones ("", null, empty groups): typing and clicking cannot leave an empty
 * answer behind, and the rules treat them as not answered anyway.
 */
export function answersOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(answersOnly);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .map(([key, child]) => [key, answersOnly(child)] as const)
    .filter(([, child]) => !isEmpty(child));
  return Object.fromEntries(entries);
}

/** The JSON Schema of the answer at a data path, following properties and array items. */
function schemaAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const token of path.split('.')) {
    if (!current) return undefined;
    current = (/^\d+$/.test(token) ? current.items : (current.properties as Record<string, JsonSchema> | undefined)?.[token]) as JsonSchema | undefined;
  }
  return current;
}

/** The option to pick in a select: the renderers number the options in the order of `enum` or `oneOf`. */
function optionFor(select: HTMLSelectElement, schema: JsonSchema | undefined, value: unknown): string {
  const choices = (schema?.enum as unknown[] | undefined) ?? (schema?.oneOf as { const: unknown }[] | undefined)?.map((option) => option.const);
  const index = choices?.findIndex((choice) => choice === value) ?? -1;
  const byValue = [...select.options].find((option) => option.value === String(value));
  return byValue ? byValue.value : String(index);
}

export async function fillInAsPractitioner(form: CafFormElement, given: Record<string, unknown>, schema: JsonSchema): Promise<void> {
  for (const { path, value } of leaves(answersOnly(given))) {
    for (let depth = 1; depth < path.length; depth++) {
      const token = path[depth]!;
      if (/^\d+$/.test(token)) await ensureItem(form, path.slice(0, depth).join('.'), Number(token));
    }
    await answer(form, path.join('.'), value, schema);
  }
}
