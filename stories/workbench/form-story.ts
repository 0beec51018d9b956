/**
 * The stories for one form in one state: empty, partly filled, complete, with errors shown, and the
 * read-only summary. The answers and `today` are controls, so an analyst can try other answers.
 */
import { expect, waitFor } from 'storybook/test';
import type { StoryObj } from '@storybook/web-components-vite';
import type { FormStoryEntry } from './node/workbench-model.ts';
import { formLoaders, renderHost, renderedHost, type FormHost, type FormModuleLoader } from './form-host.ts';

interface FormArgs {
  today: string;
  data: Record<string, unknown>;
  readonly: boolean;
}

/** The `error-summary` part; `.govuk-error-summary` is the renderers' summary, for builds without the part. */
const ERROR_SUMMARY = '[part~="error-summary"], .govuk-error-summary';

/** What each state must look like once rendered, checked by its play function. */
async function checkState(host: FormHost, entry: FormStoryEntry): Promise<void> {
  const shadow = host.form.shadowRoot!;
  if (entry.state === 'with-errors') {
    // Submitting is what shows a practitioner the error summary.
    expect(await host.form.submit()).toBe(false);
    const errors = host.form.errors;
    expect(errors.length).toBeGreaterThan(0);
    await waitFor(() => expect(shadow.querySelector(ERROR_SUMMARY)?.textContent ?? '').toContain(errors[0]!.message));
  } else if (entry.state === 'read-only') {
    expect(shadow.querySelector('input, textarea, select')).toBeNull();
  } else {
    expect(shadow.querySelector('input, textarea, select')).not.toBeNull();
    if (entry.state === 'complete') expect(host.form.errors).toEqual([]);
  }
}

export function formStory(entry: FormStoryEntry, problems: readonly string[], load: FormModuleLoader | undefined): StoryObj<FormArgs> {
  const availability = { problems, reason: `forms/${entry.formId}: the form cannot be loaded`, load };
  return {
    name: entry.name,
    parameters: {
      __id: entry.id,
      docs: { description: { story: entry.dataFrom ? `Answers from ${entry.dataFrom}.` : 'No answers yet.' } },
    },
    args: { today: entry.today, data: entry.data, readonly: entry.state === 'read-only' },
    argTypes: {
      today: { control: 'text', description: 'The date the rules treat as today (YYYY-MM-DD).' },
      data: { control: 'object', description: 'The answers the form starts from.' },
      readonly: { control: 'boolean', description: 'Show the "check your answers" summary.' },
    },
    loaders: formLoaders(availability),
    render: (args, { loaded }) =>
      renderHost(availability, loaded, { formId: entry.formId, data: args.data, today: args.today, readonly: args.readonly }),
    play: async ({ canvasElement }) => {
      const host = await renderedHost(canvasElement, availability);
      await checkState(host, entry);
    },
  };
}
