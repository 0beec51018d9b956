/** axe-core over a rendered form, WCAG 2.x A and AA rules only; returns readable violations. */
import axe from 'axe-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function accessibilityViolations(context: HTMLElement): Promise<string[]> {
  const results = await axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
}
