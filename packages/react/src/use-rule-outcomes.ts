/**
 * Rule outcomes for the data as it changes. Evaluation starts after the browser has painted the
 * person's change (the rules never delay it) and is coalesced: while one run is going, only the
 * newest data waits, so fast typing never queues a backlog. Outcomes keep their identity while
 * they are unchanged, so the panel does not re-render for nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome, RuleEvaluator } from '@caf-forms/core';
import { recordReads, stillValid, type ReadLog } from './read-log.ts';

interface Published {
  outcomes: Outcome[];
  /** The data these outcomes were computed from. */
  data: unknown;
}

interface Queue {
  running: boolean;
  hasNext: boolean;
  next: unknown;
  evaluator: RuleEvaluator;
  today: string;
  mounted: boolean;
  /** What the last evaluation read, with what it was evaluated under and concluded. */
  last: { log: ReadLog; evaluator: RuleEvaluator; today: string; outcomes: Outcome[] } | null;
}

/**
 * Evaluates, unless nothing the previous evaluation read has changed (typing notes, say), in
 * which case its outcomes stand. Outcomes are copied out as plain JSON, free of the read proxies.
 */
async function evaluateTracked(state: Queue, value: unknown): Promise<Outcome[]> {
  const { last, evaluator, today } = state;
  if (last && last.evaluator === evaluator && last.today === today && stillValid(last.log, value)) return last.outcomes;
  const tracked = recordReads(value);
  const { outcomes } = await evaluator.evaluate(tracked.data, { today });
  tracked.log.closed = true;
  const plain = JSON.parse(JSON.stringify(outcomes)) as Outcome[];
  state.last = { log: tracked.log, evaluator, today, outcomes: plain };
  return plain;
}

/** Once the browser has painted and has a moment (typing leaves gaps between keys), at most 200 ms on. */
const afterPaint = (work: () => void) =>
  requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 200 }) : setTimeout(work, 0)));

export function useRuleOutcomes(evaluator: RuleEvaluator, data: unknown, today: string) {
  const [published, setPublished] = useState<Published>({ outcomes: [], data: undefined });
  const queue = useRef<Queue>({ running: false, hasNext: false, next: undefined, evaluator, today, mounted: true, last: null });
  const keyRef = useRef('[]');

  const publish = useCallback((outcomes: Outcome[], forData: unknown) => {
    const key = JSON.stringify(outcomes);
    setPublished((previous) => {
      if (key === keyRef.current) return previous.data === forData ? previous : { outcomes: previous.outcomes, data: forData };
      keyRef.current = key;
      return { outcomes, data: forData };
    });
  }, []);

  const evaluateNow = useCallback(
    async (value: unknown) => {
      const { outcomes } = await evaluator.evaluate(value, { today });
      publish(outcomes, value);
      return outcomes;
    },
    [evaluator, today, publish],
  );

  useEffect(() => {
    const state = queue.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
    };
  }, []);

  useEffect(() => {
    const state = queue.current;
    Object.assign(state, { next: data, hasNext: true, evaluator, today });
    if (state.running) return;
    state.running = true;
    afterPaint(async () => {
      while (state.hasNext && state.mounted) {
        const value = state.next;
        state.hasNext = false;
        try {
          const outcomes = await evaluateTracked(state, value);
          if (!state.hasNext && state.mounted) publish(outcomes, value);
        } catch (error) {
          // A rule that cannot run must not take the form down; the console says which.
          console.error('caf-forms: rule evaluation failed', error);
        }
      }
      state.running = false;
    });
  }, [evaluator, data, today, publish]);

  return { outcomes: published.outcomes, outcomesFor: published.data, evaluateNow };
}
