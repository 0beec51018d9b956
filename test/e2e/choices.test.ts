/**
 * GOV.UK's radios and checkboxes, redrawn on the input without positioned boxes (decision 011,
 * packages/react/src/choices.css), look exactly as govuk-frontend draws them: in every state, with
 * and without forced colours, a screenshot of the element's options is compared with one taken with
 * the redrawing stylesheet taken away. And the redrawing keeps what made it worth doing: no option
 * is positioned or layered, and the whole 44px input still takes the click.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, showForm, type TestPage } from './support.ts';

type Kind = 'radio' | 'checkbox';
const GROUP: Record<Kind, string> = { radio: '.govuk-radios', checkbox: '.govuk-checkboxes' };

let session: TestPage;
beforeAll(async () => {
  session = await openPage('/test-pages/blank.html');
});
afterAll(() => session.close());

/** Consent with one family member: their role as radios, what they consent to as checkboxes. */
const showConsent = (page: Page) => showForm(page, 'consent', { familyMembers: [{ name: 'Sam Jones' }] });

/** Takes the redrawing stylesheet out of the element's shadow root (`false` puts it back where it was). */
async function useGovukDrawing(page: Page, on: boolean): Promise<void> {
  await page.evaluate((on) => {
    const root = document.querySelector('caf-form')!.shadowRoot!;
    const store = window as unknown as { __cafChoicesSheet?: { sheet: CSSStyleSheet; index: number } };
    if (on) {
      const index = root.adoptedStyleSheets.findIndex((sheet) =>
        [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes('.govuk-radios__input::before')),
      );
      if (index === -1) throw new Error('no stylesheet draws the radios on the input');
      store.__cafChoicesSheet = { sheet: root.adoptedStyleSheets[index]!, index };
      root.adoptedStyleSheets = root.adoptedStyleSheets.toSpliced(index, 1);
    } else {
      const { sheet, index } = store.__cafChoicesSheet!;
      root.adoptedStyleSheets = root.adoptedStyleSheets.toSpliced(index, 0, sheet);
    }
  }, on);
}

/** The group's screenshot as drawn by us and as drawn by govuk-frontend, in the page's current state. */
async function bothDrawings(page: Page, group: Locator): Promise<{ ours: Buffer; govuk: Buffer }> {
  const ours = await group.screenshot({ animations: 'disabled' });
  await useGovukDrawing(page, true);
  const govuk = await group.screenshot({ animations: 'disabled' });
  await useGovukDrawing(page, false);
  return { ours, govuk };
}

/** Each state an option can be seen in, reached in turn on the group's first option. */
const STATES: { name: string; reach(page: Page, input: Locator): Promise<void> }[] = [
  { name: 'unchecked', reach: async (page) => page.mouse.move(0, 0) },
  { name: 'hovered', reach: async (_page, input) => input.hover() },
  {
    name: 'checked and focused',
    reach: async (page, input) => {
      await input.click();
      await page.mouse.move(0, 0);
    },
  },
  { name: 'checked, focused and hovered', reach: async (_page, input) => input.hover() },
  {
    name: 'checked',
    reach: async (page, input) => {
      await page.mouse.move(0, 0);
      await input.blur();
    },
  },
  {
    name: 'disabled',
    reach: async (_page, input) => {
      await input.evaluate((element) => void ((element as HTMLInputElement).disabled = true));
    },
  },
];

describe.each([
  { colours: 'normal colours', forced: false },
  { colours: 'forced colours', forced: true },
])('radios and checkboxes in $colours', ({ forced }) => {
  it.each(['radio', 'checkbox'] as const)('%s options look as govuk-frontend draws them, in every state', async (kind: Kind) => {
    const { page } = session;
    await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
    await showConsent(page);
    const group = page.locator('caf-form').locator(GROUP[kind]).first();
    const input = group.locator(`input[type=${kind}]`).first();
    const seen = new Map<string, Buffer>();
    const mismatched: string[] = [];
    for (const state of STATES) {
      await state.reach(page, input);
      const { ours, govuk } = await bothDrawings(page, group);
      if (!ours.equals(govuk)) {
        const stem = join(tmpdir(), `caf-${kind}-${state.name.replace(/\W+/g, '-')}${forced ? '-forced' : ''}`);
        writeFileSync(`${stem}-ours.png`, ours);
        writeFileSync(`${stem}-govuk.png`, govuk);
        mismatched.push(`${state.name} (see ${stem}-ours.png and -govuk.png)`);
      }
      seen.set(state.name, ours);
    }
    await page.emulateMedia({ forcedColors: 'none' });
    expect(mismatched).toEqual([]);
    // Each state must really have been reached: no two look alike.
    expect(new Set([...seen.values()].map((shot) => shot.toString('base64'))).size).toBe(STATES.length);
  });
});

describe('radios and checkboxes on a long form', () => {
  it('have no positioned or layered boxes, and the whole 44px input takes the click', async () => {
    const { page } = session;
    await showConsent(page);
    const options = await page.evaluate(() => {
      const root = document.querySelector('caf-form')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].map((input) => {
        const label = input.labels![0]!;
        input.scrollIntoView({ block: 'center' });
        const box = input.getBoundingClientRect();
        const item = getComputedStyle(input.parentElement!);
        const own = getComputedStyle(input);
        return {
          id: input.id,
          layered: [item.position, own.position, own.zIndex, own.opacity, getComputedStyle(label, '::before').content, getComputedStyle(label, '::after').content],
          size: [box.width, box.height],
          // Just inside the input's corner, well outside the 24px circle or box drawn in its middle.
          cornerHit: root.elementFromPoint(box.left + 2, box.top + 2) === input,
        };
      });
    });
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) {
      expect(option, option.id).toEqual({ id: option.id, layered: ['static', 'static', 'auto', '1', 'none', 'none'], size: [44, 44], cornerHit: true });
    }
  });
});
