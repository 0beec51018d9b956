import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story's test, in Storybook and in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Docs', 'Forms', 'Scenarios', 'Workbench'] } },
  },
};

export default preview;
