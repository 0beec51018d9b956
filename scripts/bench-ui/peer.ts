/**
 * The benchmark's peer: plain @jsonforms/react with its vanilla renderers, React 19 and JSON Forms'
 * own ajv, on the same schema, UI schema and data as `<caf-form>`.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import type { UISchemaElement } from '@jsonforms/core';

declare global {
  interface Window {
    mountPeer(schema: object, uischema: object, data: unknown): void;
  }
}

window.mountPeer = (schema, uischema, data) => {
  const root = createRoot(document.getElementById('host')!);
  flushSync(() =>
    root.render(
      createElement(JsonForms, {
        schema,
        uischema: uischema as UISchemaElement,
        data,
        renderers: vanillaRenderers,
        cells: vanillaCells,
      }),
    ),
  );
};
