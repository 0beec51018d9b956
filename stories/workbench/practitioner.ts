/**
 * Fills in `<caf-form>` the way a practitioner does, from a scenario's answers: opens the section a
 * question is in, types into text boxes and date fields, clicks radios and checkboxes, and presses
 * "Add another" for each further item of a list. Controls are found by what the renderers derive
 * from the data path (`name`, `controlId`), so no scenario needs steps written by hand.
 */
import { userEvent } from 'storybook/test';
import { controlId } from '@caf-forms/react';
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

async function answer(form: CafFormElement, path: string, value: unknown): Promise<void> {
  const inputs = await reveal(form, path);
  if (inputs.length === 0) throw new Error(`no question on the form for ${path}`);
  const first = inputs[0] as HTMLInputElement;
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
      const input = inputs.find((i) => (i as HTMLInputElement).name === `${path}-${part}`)!;
      await userEvent.clear(input);
      await userEvent.type(input, String(Number(text)));
    }
    await userEvent.tab();
    return;
  }
  await userEvent.clear(first);
  await userEvent.type(first, String(value));
  await userEvent.tab();
}

export async function fillInAsPractitioner(form: CafFormElement, given: Record<string, unknown>): Promise<void> {
  for (const { path, value } of leaves(given)) {
    for (let depth = 1; depth < path.length; depth++) {
      const token = path[depth]!;
      if (/^\d+$/.test(token)) await ensureItem(form, path.slice(0, depth).join('.'), Number(token));
    }
    await answer(form, path.join('.'), value);
  }
}
