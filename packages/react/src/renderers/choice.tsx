/**
 * Single choices (radios, select, yes/no, Red/Amber/Green rating), multiple choices (checkboxes)
 * and the single tick box. Options come from `enum` or from labelled `oneOf` const/title pairs.
 */
import { withControlProps, withEnumProps, withMultiEnumProps, withOneOfEnumProps } from '../connectors.ts';
import type { ControlProps, EnumOption, OwnPropsOfEnum } from '@jsonforms/core';
import { FieldsetField, LabelledField, describedBy } from './field.tsx';
import { fieldText, uiOption, useLeaveHandler } from './use-field.ts';

type ChoiceProps = ControlProps & OwnPropsOfEnum;

const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

interface OptionInputsProps {
  kind: 'radio' | 'checkbox';
  props: ControlProps;
  options: readonly EnumOption[];
  isChecked(value: unknown): boolean;
  onToggle(value: unknown, checked: boolean): void;
  /** Extra content before an option's label text (the rating swatch). */
  decorate?: ((option: EnumOption) => React.ReactNode) | undefined;
}

/**
 * GOV.UK's classes for each kind, written out in full: the embeddable build keeps only the GOV.UK
 * rules for classes named in the sources (packages/elements/vite/govuk-css-plugin.ts). Always the
 * small size: choices.css redraws only that one without positioned boxes (decision 011).
 */
const CLASSES = {
  radio: {
    group: 'govuk-radios govuk-radios--small',
    item: 'govuk-radios__item',
    input: 'govuk-radios__input',
    label: 'govuk-label govuk-radios__label',
  },
  checkbox: {
    group: 'govuk-checkboxes govuk-checkboxes--small',
    item: 'govuk-checkboxes__item',
    input: 'govuk-checkboxes__input',
    label: 'govuk-label govuk-checkboxes__label',
  },
} as const;

/** GOV.UK radios or checkboxes, one item per option; the first carries the question's id. */
function OptionInputs({ kind, props, options, isChecked, onToggle, decorate }: OptionInputsProps) {
  const classes = CLASSES[kind];
  const id = fieldText(props).id;
  return (
    <>
      {options.map((option, index) => {
        const inputId = optionId(id, index);
        return (
          <div className={classes.item} key={String(option.value)}>
            <input
              className={classes.input}
              id={inputId}
              name={props.path}
              type={kind}
              value={String(option.value)}
              checked={isChecked(option.value)}
              disabled={!props.enabled}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label className={classes.label} htmlFor={inputId}>
              {decorate?.(option)}
              {option.label}
            </label>
          </div>
        );
      })}
    </>
  );
}

interface RadioGroupProps {
  props: ControlProps;
  options: readonly EnumOption[];
  inline?: boolean;
  decorate?: (option: EnumOption) => React.ReactNode;
}

function RadioGroup({ props, options, inline, decorate }: RadioGroupProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  if (!props.visible) return null;
  return (
    <FieldsetField text={text}>
      <div className={`${CLASSES.radio.group}${inline ? ' govuk-radios--inline' : ''}`} onBlur={onLeave}>
        <OptionInputs
          kind="radio"
          props={props}
          options={options}
          decorate={decorate}
          isChecked={(value) => props.data === value}
          onToggle={(value) => props.handleChange(props.path, value)}
        />
      </div>
    </FieldsetField>
  );
}

export function RadiosControl(props: ChoiceProps) {
  return <RadioGroup props={props} options={props.options ?? []} />;
}

const YES_NO: EnumOption[] = [
  { label: 'Yes', value: true },
  { label: 'No', value: false },
];

export function YesNoControl(props: ControlProps) {
  return <RadioGroup props={props} options={YES_NO} inline />;
}

const RATING_LABELS: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** Red, Amber, Green written out, with a swatch that repeats the word: never colour alone. */
export function RatingControl(props: ChoiceProps) {
  const options = (props.options ?? []).map((option) => ({ ...option, label: RATING_LABELS[String(option.value)] ?? option.label }));
  return (
    <RadioGroup
      props={props}
      options={options}
      inline
      decorate={(option) => <span className={`caf-rating__swatch caf-rating__swatch--${String(option.value)}`} aria-hidden="true" />}
    />
  );
}

export function SelectControl(props: ChoiceProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  if (!props.visible) return null;
  const options = props.options ?? [];
  const selected = options.findIndex((option) => option.value === props.data);
  return (
    <LabelledField text={text}>
      <select
        className={`govuk-select${props.errors ? ' govuk-select--error' : ''}`}
        id={text.id}
        name={props.path}
        value={selected === -1 ? '' : String(selected)}
        disabled={!props.enabled}
        aria-describedby={describedBy(text)}
        onChange={(event) => props.handleChange(props.path, event.target.value === '' ? undefined : options[Number(event.target.value)]?.value)}
        onBlur={onLeave}
      >
        <option value="">Choose an option</option>
        {options.map((option, index) => (
          <option key={String(option.value)} value={String(index)}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export function CheckboxesControl(props: ChoiceProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  if (!props.visible) return null;
  const chosen: unknown[] = Array.isArray(props.data) ? props.data : [];
  const options = props.options ?? [];
  const toggle = (value: unknown, on: boolean) => {
    // Keep the options' order, and anything already stored that is not an option (never dropped).
    const kept = chosen.filter((item) => item !== value);
    const next = on ? options.map((o) => o.value).filter((v) => v === value || kept.includes(v)).concat(kept.filter((v) => !options.some((o) => o.value === v))) : kept;
    props.handleChange(props.path, next.length > 0 ? next : undefined);
  };
  return (
    <FieldsetField text={text}>
      <div className={CLASSES.checkbox.group} onBlur={onLeave}>
        <OptionInputs kind="checkbox" props={props} options={options} isChecked={(value) => chosen.includes(value)} onToggle={toggle} />
      </div>
    </FieldsetField>
  );
}

/** One tick box whose label is the question, for checklist items (UI option `format: checkbox`). */
export function SingleCheckboxControl(props: ControlProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  if (!props.visible) return null;
  const classes = CLASSES.checkbox;
  return (
    <div className={`govuk-form-group${props.errors ? ' govuk-form-group--error' : ''}`}>
      <div className={classes.group}>
        <div className={classes.item}>
          <input
            className={classes.input}
            id={text.id}
            name={props.path}
            type="checkbox"
            checked={props.data === true}
            disabled={!props.enabled}
            aria-describedby={describedBy(text)}
            onChange={(event) => props.handleChange(props.path, event.target.checked ? true : undefined)}
            onBlur={onLeave}
          />
          <label className={classes.label} htmlFor={text.id}>
            {text.label}
          </label>
          {text.description ? (
            <div id={`${text.id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {text.description}
            </div>
          ) : null}
        </div>
      </div>
      {props.errors ? (
        <p id={`${text.id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {props.errors}
        </p>
      ) : null}
    </div>
  );
}

export const isRatingFormat = (props: ControlProps) => uiOption(props, 'format') === 'rating';

export const RadiosRenderer = withEnumProps(RadiosControl);
export const OneOfRadiosRenderer = withOneOfEnumProps(RadiosControl);
export const SelectRenderer = withEnumProps(SelectControl);
export const OneOfSelectRenderer = withOneOfEnumProps(SelectControl);
export const RatingRenderer = withEnumProps(RatingControl);
export const CheckboxesRenderer = withMultiEnumProps(CheckboxesControl);
export const YesNoRenderer = withControlProps(YesNoControl);
export const SingleCheckboxRenderer = withControlProps(SingleCheckboxControl);
