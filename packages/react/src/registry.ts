/**
 * The GOV.UK renderer set: each entry a ranked tester and a thin component, chosen by JSON Forms
 * for each UI schema element (the highest rank wins). Conventions: docs/definition-format.md and
 * the UI conventions agreed with the content engineers.
 */
import {
  and,
  isBooleanControl,
  isDateControl,
  isEnumControl,
  isIntegerControl,
  isMultiLineControl,
  isNumberControl,
  isObjectArrayControl,
  isOneOfEnumControl,
  isStringControl,
  optionIs,
  or,
  rankWith,
  schemaMatches,
  uiTypeIs,
  type JsonFormsRendererRegistryEntry,
  type JsonSchema,
} from '@jsonforms/core';
import { AddAnotherRenderer } from './renderers/array.tsx';
import { CategorizationRenderer } from './renderers/categorization.tsx';
import {
  CheckboxesRenderer,
  OneOfRadiosRenderer,
  OneOfSelectRenderer,
  RadiosRenderer,
  RatingRenderer,
  SelectRenderer,
  SingleCheckboxRenderer,
  YesNoRenderer,
} from './renderers/choice.tsx';
import { DateRenderer } from './renderers/date.tsx';
import { GroupRenderer, HorizontalLayoutRenderer, LabelView, VerticalLayoutRenderer } from './renderers/layouts.tsx';
import { NumberRenderer, TextRenderer, TextareaRenderer } from './renderers/text.tsx';

const isChoiceList = (items: JsonSchema | JsonSchema[] | undefined): boolean =>
  !!items && !Array.isArray(items) && (Array.isArray(items.enum) || (Array.isArray(items.oneOf) && items.oneOf.every((option) => 'const' in option)));

/** `type: array, uniqueItems: true` of enum or const/title options: checkboxes. */
export const isMultipleChoiceControl = and(
  uiTypeIs('Control'),
  schemaMatches((schema) => schema.type === 'array' && schema.uniqueItems === true && isChoiceList(schema.items)),
);

const isSelectFormat = optionIs('format', 'select');

export const govukRenderers: JsonFormsRendererRegistryEntry[] = [
  { tester: rankWith(1, uiTypeIs('VerticalLayout')), renderer: VerticalLayoutRenderer },
  { tester: rankWith(1, uiTypeIs('HorizontalLayout')), renderer: HorizontalLayoutRenderer },
  { tester: rankWith(1, uiTypeIs('Group')), renderer: GroupRenderer },
  { tester: rankWith(1, uiTypeIs('Label')), renderer: LabelView },
  { tester: rankWith(2, uiTypeIs('Categorization')), renderer: CategorizationRenderer },
  { tester: rankWith(1, isStringControl), renderer: TextRenderer },
  { tester: rankWith(2, and(isStringControl, isMultiLineControl)), renderer: TextareaRenderer },
  { tester: rankWith(2, or(isNumberControl, isIntegerControl)), renderer: NumberRenderer },
  { tester: rankWith(3, isDateControl), renderer: DateRenderer },
  { tester: rankWith(2, isEnumControl), renderer: RadiosRenderer },
  { tester: rankWith(2, isOneOfEnumControl), renderer: OneOfRadiosRenderer },
  { tester: rankWith(3, and(isEnumControl, isSelectFormat)), renderer: SelectRenderer },
  { tester: rankWith(3, and(isOneOfEnumControl, isSelectFormat)), renderer: OneOfSelectRenderer },
  { tester: rankWith(4, and(isEnumControl, optionIs('format', 'rating'))), renderer: RatingRenderer },
  { tester: rankWith(2, isBooleanControl), renderer: YesNoRenderer },
  { tester: rankWith(3, and(isBooleanControl, optionIs('format', 'checkbox'))), renderer: SingleCheckboxRenderer },
  { tester: rankWith(4, isMultipleChoiceControl), renderer: CheckboxesRenderer },
  { tester: rankWith(3, isObjectArrayControl), renderer: AddAnotherRenderer },
];
