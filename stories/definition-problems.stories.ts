/**
 * What an analyst sees when a definition is broken: every story of the workbench shows the located
 * messages `caf check` prints in place of the form. Shown here for `caf check`'s own fixture with an
 * invalid form schema, through the same path a broken story takes.
 */
import { expect } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixture, problems } from 'virtual:caf-workbench/example-problems';
import { renderHost } from './workbench/form-host.ts';

export default {
  title: 'Workbench/Definition problems',
  parameters: { docs: { description: { component: `The problems of ${fixture}, as a story shows them.` } } },
} satisfies Meta;

export const BrokenFormSchema: StoryObj = {
  render: (_args, { loaded }) => renderHost({ problems, reason: '', load: undefined }, loaded, undefined),
  play: async ({ canvasElement }) => {
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^forms\/[a-z-]+\/schema\.json:\d+:\d+: /);
    const shown = [...canvasElement.querySelectorAll('li')].map((item) => item.textContent);
    expect(shown).toEqual(problems);
    expect(canvasElement.querySelector('[role="alert"] h2')?.textContent).toMatch(/problem/);
  },
};
