/**
 * The story for one rule scenario (rules/<rule-set>/scenarios/<name>.json): `<caf-form>` with the
 * scenario's answers and `today`; its play function checks that the outcomes panel shows exactly
 * what the scenario expects. Scenarios listed in stories/interactive-scenarios.json start empty and
 * are filled in by typing and clicking, as a practitioner would.
 */
import { expect, waitFor } from 'storybook/test';
import type { StoryObj } from '@storybook/web-components-vite';
import type { ScenarioStoryEntry } from './node/workbench-model.ts';
import { expectationFailures } from './expectations.ts';
import { formLoaders, renderHost, renderedHost, type FormModuleLoader } from './form-host.ts';
import { answersOnly, fillInAsPractitioner } from './practitioner.ts';

interface ScenarioArgs {
  today: string;
  data: Record<string, unknown>;
}

type Entry = ScenarioStoryEntry & { interactive: boolean };

export function scenarioStory(entry: Entry, problems: readonly string[], load: FormModuleLoader | undefined): StoryObj<ScenarioArgs> {
  const scenario = entry.scenario;
  const reason = `${entry.file}: the form "${scenario?.form ?? '?'}" of this scenario does not exist`;
  const availability = { problems, reason, load: scenario ? load : undefined };
  return {
    name: entry.name,
    tags: entry.interactive ? ['interactive'] : [],
    parameters: {
      __id: entry.id,
      docs: { description: { story: `${scenario?.description ?? ''} (${entry.file})` } },
    },
    args: { today: scenario?.today ?? '', data: entry.interactive ? {} : (scenario?.given ?? {}) },
    argTypes: {
      today: { control: 'text', description: 'The date the rules treat as today (YYYY-MM-DD).' },
      data: { control: 'object', description: 'The answers the form starts from.' },
    },
    loaders: formLoaders(availability),
    render: (args, { loaded }) =>
      renderHost(availability, loaded, scenario && { formId: scenario.form, data: args.data, today: args.today }),
    play: async ({ canvasElement, step }) => {
      const host = await renderedHost(canvasElement, availability);
      if (entry.interactive) {
        await step('Fill in the answers as a practitioner would', async () => {
          await fillInAsPractitioner(host.form, scenario!.given, host.schema);
          // Typed and clicked, the answers must be exactly the scenario's: the same record a loaded story checks.
          await waitFor(() => expect(answersOnly(host.form.data)).toEqual(answersOnly(scenario!.given)));
        });
      }
      await step('The outcomes panel shows exactly the expected outcomes', async () => {
        const { outcomes } = await host.evaluate();
        await waitFor(
          () => {
            const failures = expectationFailures(host.form, outcomes, scenario!);
            if (failures.length > 0) throw new Error(`${entry.file}:\n${failures.join('\n')}`);
          },
          { timeout: 5000 },
        );
      });
    },
  };
}
