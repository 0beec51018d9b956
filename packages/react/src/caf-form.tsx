/**
 * The form view: JSON Forms with the GOV.UK renderers, validated by the precompiled validator
 * (JSON Forms itself never validates or compiles), rule outcomes evaluated as the data changes,
 * and the GOV.UK error pattern (errors shown after leaving a field or trying to submit).
 */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { JsonFormsDispatch } from '@jsonforms/react';
import type { UISchemaElement } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import { createRuleEvaluator, localToday, validate, type Outcome, type ValidationError } from '@caf-forms/core';
import { FormActionsContext, FormValidityContext, type FormActions } from './context.ts';
import { asAjv, createCspSafeAjv } from './csp-ajv.ts';
import { ErrorSummary } from './error-summary.tsx';
import { controlId, isWithin, pathToPointer, pointerAncestors, pointerToPath } from './ids.ts';
import { OutcomesPanel } from './outcomes-panel.tsx';
import { govukRenderers } from './registry.ts';
import { createFormStore, FormStoreProvider } from './store.tsx';
import { AnswersSummary } from './summary.tsx';
import { useRuleOutcomes } from './use-rule-outcomes.ts';
import type { CafFormHandle, CafFormProps, FormModule, FormState } from './types.ts';

/** The `announced` marker before the first announcement: unequal to any data, `undefined` included. */
const NOT_ANNOUNCED = Symbol('not announced');

/** Core errors in the shape JSON Forms matches to controls (by `instancePath`). */
function toAdditionalErrors(errors: readonly ValidationError[]): ErrorObject[] {
  // A neutral keyword: JSON Forms hides some ajv keywords (oneOf, anyOf…) from controls.
  return errors.map((error) => ({ instancePath: error.pointer, schemaPath: '', keyword: 'caf', params: {}, message: error.message }));
}

/**
 * The form's validator, remembering its last answer: the element asks for the state straight after
 * the render that validated the same data (the answers are never changed in place, so identity
 * is enough), and a second run of a long form's validator was a few ms of the first render.
 */
function lastValidation(validator: FormModule['validate']): (data: unknown) => ValidationError[] {
  let last: { data: unknown; errors: ValidationError[] } | undefined;
  return (data) => {
    if (!last || last.data !== data) last = { data, errors: validate(validator, data) };
    return last.errors;
  };
}

function useStableByValue<T>(value: T): T {
  const ref = useRef(value);
  const key = JSON.stringify(value);
  const keyRef = useRef(key);
  if (key !== keyRef.current) {
    keyRef.current = key;
    ref.current = value;
  }
  return ref.current;
}

interface Seed {
  data: unknown;
  generation: number;
}

export const CafForm = forwardRef<CafFormHandle, CafFormProps>(function CafForm({ form, data, readonly, today, onChange }, ref) {
  const { definition } = form;
  const ajv = useMemo(() => asAjv(createCspSafeAjv(form.conditions)), [form]);
  const evaluator = useMemo(() => createRuleEvaluator(definition), [definition]);
  const validateData = useMemo(() => lastValidation(form.validate), [form]);
  const effectiveToday = today ?? localToday();

  const [seed, setSeed] = useState<Seed>(() => ({ data: data ?? {}, generation: 0 }));
  const [current, setCurrent] = useState<unknown>(seed.data);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [summaryFocus, setSummaryFocus] = useState(0);
  const dataRef = useRef<unknown>(seed.data);
  const rootRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const openers = useRef(new Set<(pointer: string) => boolean>());

  // A change reaches the form-level state (validation, section statuses, rules) after the browser
  // has painted it: the control that changed re-renders through the store at once, and a keystroke
  // does not wait for the whole form's bookkeeping. Only the newest answers are applied.
  const pendingCurrent = useRef(0);
  const showNow = useCallback(() => {
    pendingCurrent.current++;
    setCurrent(dataRef.current);
  }, []);
  const showAfterPaint = useCallback(() => {
    const token = ++pendingCurrent.current;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (token === pendingCurrent.current) setCurrent(dataRef.current);
      }),
    );
  }, []);

  const restart = useCallback((next: unknown) => {
    dataRef.current = next;
    setSeed((previous) => ({ data: next, generation: previous.generation + 1 }));
    showNow();
    setSubmitted(false);
    setTouched(new Set());
  }, [showNow]);

  // New data or a new form from the host replaces the answers (by identity, as React props do).
  const received = useRef({ data, form });
  if (received.current.data !== data || received.current.form !== form) {
    received.current = { data, form };
    restart(data ?? {});
  }

  const errors = useMemo(() => validateData(current), [validateData, current]);
  const shownErrors = useStableByValue(
    useMemo(() => (submitted ? errors : errors.filter((error) => [...touched].some((pointer) => isWithin(error.pointer, pointer)))), [errors, submitted, touched]),
  );
  const additionalErrors = useMemo(() => toAdditionalErrors(shownErrors), [shownErrors]);
  const { outcomes, outcomesFor, evaluateNow } = useRuleOutcomes(evaluator, current, effectiveToday);

  const latestErrors = useRef(additionalErrors);
  latestErrors.current = additionalErrors;
  const store = useMemo(
    () =>
      createFormStore({
        data: seed.data,
        schema: definition.schema,
        uischema: definition.uischema as unknown as UISchemaElement,
        ajv,
        additionalErrors: latestErrors.current,
        onData: (next) => {
          dataRef.current = next;
          showAfterPaint();
        },
      }),
    [seed, definition, ajv],
  );
  useEffect(() => store.setAdditionalErrors(additionalErrors), [store, additionalErrors]);
  // The tree below re-renders through the store, control by control, never from here.
  const tree = useMemo(() => <JsonFormsDispatch />, [store]);

  const stateOf = useCallback((outcomeList: Outcome[]): FormState => ({ data: dataRef.current, errors: validateData(dataRef.current), outcomes: outcomeList }), [validateData]);

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Nothing announced yet: the starting answers are announced too, once their outcomes are known,
  // so a host that loads a record sees its outcomes without waiting for an edit.
  const announced = useRef<unknown>(NOT_ANNOUNCED);
  useEffect(() => {
    // Tell the host once the outcomes belong to the data being reported. Effects run after paint, so
    // the answers may have moved on since this render (a reset, more typing): never report old ones.
    if (outcomesFor !== current || announced.current === current || current !== dataRef.current) return;
    announced.current = current;
    onChangeRef.current?.({ data: current, errors, outcomes });
  }, [current, errors, outcomes, outcomesFor]);

  const focusPointer = useCallback((pointer: string) => {
    for (const open of openers.current) if (open(pointer)) break;
    // Opening a section renders it first; look for the field once React has painted it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const root = rootRef.current;
        if (!root) return;
        for (const candidate of pointerAncestors(pointer)) {
          const element = root.querySelector<HTMLElement>(`#${CSS.escape(controlId(pointerToPath(candidate)))}`);
          if (element) {
            element.focus();
            element.scrollIntoView?.({ block: 'center' });
            return;
          }
        }
      }),
    );
  }, []);

  const actions = useMemo<FormActions>(
    () => ({
      touch: (path) => {
        // The errors shown for the field just left are those of its latest answer.
        showNow();
        setTouched((previous) => {
          const pointer = pathToPointer(path);
          return previous.has(pointer) ? previous : new Set(previous).add(pointer);
        });
      },
      focusPointer,
      registerSectionOpener: (open) => {
        openers.current.add(open);
        return () => openers.current.delete(open);
      },
    }),
    [focusPointer, showNow],
  );
  const validity = useMemo(() => ({ errors, shownErrors }), [errors, shownErrors]);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  useImperativeHandle(
    ref,
    () => ({
      async attemptSubmit() {
        showNow();
        setSubmitted(true);
        const data = dataRef.current;
        const latest = await evaluateNow(data);
        const state = stateOf(latest);
        const ok = state.errors.length === 0 && !latest.some((outcome) => outcome.severity === 'blocker');
        if (!ok) setSummaryFocus((n) => n + 1);
        return { ok, state };
      },
      // A copy: the caller may sort or add to it, and the last answer is kept for the next call.
      validate: () => [...validateData(dataRef.current)],
      reset: () => restart(received.current.data ?? {}),
      getState: () => stateOf(outcomes),
    }),
    [evaluateNow, stateOf, validateData, restart, outcomes, showNow],
  );

  if (readonly) {
    return (
      <div className="caf-form govuk-body" ref={rootRef}>
        <AnswersSummary definition={definition} data={current} ajv={ajv} />
      </div>
    );
  }

  const blockers = submitted ? outcomes.filter((outcome) => outcome.severity === 'blocker') : [];
  return (
    <div className="caf-form" ref={rootRef}>
      <FormActionsContext.Provider value={actions}>
        <FormValidityContext.Provider value={validity}>
          {submitted && (shownErrors.length > 0 || blockers.length > 0) ? (
            <ErrorSummary ref={summaryRef} errors={shownErrors} blockers={blockers} onLink={focusPointer} />
          ) : null}
          <OutcomesPanel outcomes={outcomes} schema={definition.schema} onLink={focusPointer} />
          <FormStoreProvider store={store} renderers={govukRenderers}>
            {tree}
          </FormStoreProvider>
        </FormValidityContext.Provider>
      </FormActionsContext.Provider>
    </div>
  );
});
