/**
 * "Check your answers": the completed form as GOV.UK summary lists, read-only. Sections become
 * headings, arrays become a list per item, choices show their titles rather than stored values,
 * dates read "2 March 2026", and a missing answer says "Not answered". Everything is text.
 */
import type { ReactNode } from 'react';
import type Ajv from 'ajv';
import {
  Generate,
  Resolve,
  composePaths,
  isVisible,
  toDataPath,
  type ControlElement,
  type JsonSchema,
  type Layout,
  type UISchemaElement,
} from '@jsonforms/core';
import type { DefinitionBundle } from '@caf-forms/core';
import { formatValue } from './format-answer.ts';

interface Context {
  root: JsonSchema;
  data: unknown;
  ajv: Ajv;
}

const isLayout = (element: UISchemaElement): element is Layout => Array.isArray((element as Layout).elements);

function controlLabel(control: ControlElement, schema: JsonSchema | undefined): string {
  if (typeof control.label === 'string') return control.label;
  if (schema?.title) return schema.title;
  return control.scope.split('/').pop() ?? control.scope;
}

function shown(element: UISchemaElement, path: string, context: Context): boolean {
  return !element.rule || isVisible(element, context.data, path, context.ajv, undefined);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function ControlSummary({ control, schema, path, context, level }: { control: ControlElement; schema: JsonSchema; path: string; context: Context; level: number }) {
  const own = Resolve.schema(schema, control.scope, context.root) as JsonSchema | undefined;
  const dataPath = composePaths(path, toDataPath(control.scope));
  const value = Resolve.data(context.data, dataPath);
  const label = controlLabel(control, own);
  const items = own?.items as JsonSchema | undefined;
  const options = (control.options ?? {}) as Record<string, unknown>;
  if (own?.type === 'array' && items && !Array.isArray(items) && (items.type === 'object' || items.properties)) {
    const list = Array.isArray(value) ? value : [];
    const itemLabel = typeof options.itemLabel === 'string' ? options.itemLabel : 'Item';
    const detail = (options.detail as UISchemaElement | undefined) ?? Generate.uiSchema(items, 'VerticalLayout', undefined, context.root);
    const Heading = `h${Math.min(level, 6)}` as 'h3';
    const ItemHeading = `h${Math.min(level + 1, 6)}` as 'h4';
    return (
      <div className="caf-summary-array">
        <Heading className="govuk-heading-s">{label}</Heading>
        {list.length === 0 ? <p className="govuk-body">Not answered</p> : null}
        <ol className="govuk-list caf-summary-items">
          {list.map((item, index) => {
            const title = typeof options.itemTitle === 'string' ? (item as Record<string, unknown> | null)?.[options.itemTitle] : undefined;
            return (
              <li key={index}>
                <ItemHeading className="govuk-heading-s">
                  {itemLabel} {index + 1}
                  {typeof title === 'string' && title !== '' ? `: ${title}` : ''}
                </ItemHeading>
                <ElementSummary element={detail} schema={items} path={composePaths(dataPath, String(index))} context={context} level={level + 2} />
              </li>
            );
          })}
        </ol>
      </div>
    );
  }
  if (own?.type === 'object' && own.properties) {
    return (
      <ElementSummary element={Generate.uiSchema(own, 'Group', undefined, context.root)} schema={own} path={dataPath} context={context} level={level} />
    );
  }
  return (
    <dl className="govuk-summary-list">
      <Row label={label}>{formatValue(own ?? {}, value, options)}</Row>
    </dl>
  );
}

function ElementSummary({ element, schema, path, context, level }: { element: UISchemaElement; schema: JsonSchema; path: string; context: Context; level: number }) {
  if (!shown(element, path, context)) return null;
  if (element.type === 'Control') return <ControlSummary control={element as ControlElement} schema={schema} path={path} context={context} level={level} />;
  if (element.type === 'Label') return null;
  if (!isLayout(element)) return null;
  const label = (element as { label?: unknown }).label;
  const Heading = `h${Math.min(level, 6)}` as 'h2';
  const children = element.elements.map((child, index) => (
    <ElementSummary key={index} element={child} schema={schema} path={path} context={context} level={typeof label === 'string' ? level + 1 : level} />
  ));
  if (typeof label !== 'string' || label === '') return <>{children}</>;
  return (
    <section className="caf-summary-section">
      <Heading className={level <= 3 ? 'govuk-heading-l' : 'govuk-heading-m'}>{label}</Heading>
      {children}
    </section>
  );
}

export function AnswersSummary({ definition, data, ajv }: { definition: DefinitionBundle; data: unknown; ajv: Ajv }) {
  const root = definition.schema as JsonSchema;
  const context: Context = { root, data, ajv };
  return (
    <div className="caf-summary">
      {/* The page around the element has its own h1; the form view starts at h2 too. */}
      <h2 className="govuk-heading-xl">{definition.manifest.title}</h2>
      <ElementSummary element={definition.uischema as unknown as UISchemaElement} schema={root} path="" context={context} level={3} />
    </div>
  );
}

