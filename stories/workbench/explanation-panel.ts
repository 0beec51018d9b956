/**
 * The rule explanation panel: for the answers on screen, every rule with whether it fired and,
 * condition by condition, why, in the words core's `explainConditions` gives testers.
 */
import { createRuleEvaluator, explainConditions, type DefinitionBundle, type Evaluation, type RuleTrace } from '@caf-forms/core';

function ruleItem(trace: RuleTrace): HTMLElement {
  const item = document.createElement('li');
  item.className = 'workbench-rule';
  item.dataset.rule = trace.rule;
  item.dataset.fired = String(trace.fired);
  const heading = document.createElement('h4');
  const verdict = document.createElement('strong');
  verdict.textContent = trace.fired ? 'Fired' : 'Did not fire';
  heading.append(verdict, `: ${trace.rule}${trace.item ? ` (for ${trace.item})` : ''}`);
  const description = document.createElement('p');
  description.textContent = trace.description;
  const reasons = document.createElement('pre');
  reasons.className = 'workbench-reasons';
  reasons.textContent = explainConditions(trace.conditions).join('\n');
  item.append(heading, description, reasons);
  return item;
}

export interface ExplanationPanel {
  element: HTMLElement;
  /** Re-evaluates the rules for new answers; resolves once the panel shows them. */
  update(data: unknown): Promise<void>;
  /** What the rules conclude for these answers on the panel's day. */
  evaluate(data: unknown): Promise<Evaluation>;
}

export function explanationPanel(definition: DefinitionBundle, today: string): ExplanationPanel {
  const evaluator = createRuleEvaluator(definition);
  const element = document.createElement('section');
  element.className = 'workbench-explanation';
  element.setAttribute('aria-label', 'Rule explanation');
  const heading = document.createElement('h3');
  heading.textContent = `Why: each rule for these answers on ${today}`;
  const list = document.createElement('ul');
  element.append(heading, list);
  let latest = 0;
  const evaluate = (data: unknown) => evaluator.evaluate(data, { today });
  return {
    element,
    evaluate,
    async update(data) {
      const run = ++latest;
      const { rules } = await evaluate(data);
      // Answers change faster than rules run; only the newest evaluation is shown.
      if (run === latest) list.replaceChildren(...rules.map(ruleItem));
    },
  };
}
