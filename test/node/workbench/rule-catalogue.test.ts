/**
 * docs/rule-catalogue.md is generated from the rule files; it must say what they say today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject, namedRules } from '@caf-forms/toolchain';
import { CATALOGUE_FILE, ruleCatalogue } from '../../../scripts/rule-catalogue.ts';

const repo = new URL('../../../', import.meta.url).pathname;

describe('rule catalogue', () => {
  it('names every rule with its guidance quote, outcome and covering scenarios', async () => {
    const project = loadProject(repo);
    const catalogue = await ruleCatalogue(project);
    const rules = namedRules(project, project.ruleSets.map((set) => set.id));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const ruleSet = catalogue.split(`## Rule set \`${rule.ruleSet}\``)[1]?.split('\n## ')[0] ?? '';
      const section = ruleSet.split(`### \`${rule.name}\``)[1]?.split('\n### ')[0] ?? '';
      expect(section, rule.name).toContain(rule.description);
      expect(section, rule.name).toContain(`**Outcome:** \`${rule.event.type}\``);
      expect(section.replace(/\n> /g, '\n'), rule.name).toContain(rule.source.quote);
    }
    expect(catalogue).toMatch(/\*\*Fires in:\*\* [^\n]*\(`rules\/[a-z-]+\/scenarios\/[a-z0-9-]+\.json`\)/);
  });

  it(`is up to date in ${CATALOGUE_FILE} (run "npm run catalogue" after changing forms, rules or scenarios)`, async () => {
    expect(readFileSync(`${repo}${CATALOGUE_FILE}`, 'utf8')).toBe(await ruleCatalogue(loadProject(repo)));
  });
});
