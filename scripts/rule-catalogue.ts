/**
 * The rule catalogue, docs/rule-catalogue.md: every form, and every rule with its description, the
 * guidance it implements (quoted), its outcome and the scenarios that make it fire and not fire.
 * Generated from forms/ and rules/ so that it cannot drift; a test fails when it is out of date.
 *
 *   npm run catalogue            writes docs/rule-catalogue.md
 *   npm run catalogue -- --check exits 1 when docs/rule-catalogue.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormManifest, OutcomeCatalogue } from '@caf-forms/core';
import { loadProject, namedRules, runScenarios, type Project } from '@caf-forms/toolchain';

export const CATALOGUE_FILE = 'docs/rule-catalogue.md';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const quote = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');

function formsTable(project: Project): string[] {
  const rows = project.forms.map((form) => {
    const manifest = form.manifest?.value as FormManifest | undefined;
    return `| \`${form.id}\` | ${cell(manifest?.title ?? '')} | ${(manifest?.rules ?? []).map((id) => `\`${id}\``).join(', ')} | ${cell(manifest?.description ?? '')} |`;
  });
  return ['## Forms', '', '| form | title | rule sets | what it records |', '| --- | --- | --- | --- |', ...rows, ''];
}

export async function ruleCatalogue(project: Project): Promise<string> {
  const outcomes = (project.outcomes?.value as OutcomeCatalogue | undefined)?.outcomes ?? {};
  const { results } = await runScenarios(project);
  const lines = [
    '# Rule catalogue',
    '',
    `Generated from \`forms/\`, \`rules/\` and the rule scenarios by \`npm run catalogue\`: do not edit by hand.`,
    'Each rule lists the scenarios that make it fire and those that make it not fire; a rule is covered',
    'when it has both. In the workbench (`npm start`) every scenario is a story under "Scenarios".',
    '',
    ...formsTable(project),
  ];
  for (const ruleSet of project.ruleSets) {
    const rules = namedRules(project, [ruleSet.id]);
    lines.push(`## Rule set \`${ruleSet.id}\``, '', `\`rules/${ruleSet.id}/rules.json\`: ${rules.length} rule${rules.length === 1 ? '' : 's'}.`, '');
    for (const rule of rules) {
      const outcome = outcomes[rule.event.type];
      const key = `${ruleSet.id}/${rule.name}`;
      const covering = (which: 'fired' | 'notFired') =>
        results.filter((result) => result.verdicts[key]?.[which]).map((result) => `${result.name} (\`${result.file}\`)`);
      const fires = covering('fired');
      const doesNotFire = covering('notFired');
      lines.push(
        `### \`${rule.name}\``,
        '',
        rule.description,
        '',
        `**Outcome:** \`${rule.event.type}\`${outcome ? `: ${outcome.title} (${outcome.severity})` : ''}${rule.forEach ? `, once for each item of \`${rule.forEach}\`` : ''}`,
        '',
        `**Guidance:** \`${rule.source.document}\``,
        '',
        quote(rule.source.quote),
        '',
        `**Fires in:** ${fires.length > 0 ? fires.join('; ') : 'no scenario yet'}`,
        '',
        `**Does not fire in:** ${doesNotFire.length > 0 ? doesNotFire.join('; ') : 'no scenario yet'}`,
        '',
      );
    }
  }
  return lines.join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const path = `${root}${CATALOGUE_FILE}`;
  const text = await ruleCatalogue(loadProject(root));
  if (args.includes('--check')) {
    const current = readFileSync(path, 'utf8');
    if (current === text) return 0;
    process.stderr.write(`${CATALOGUE_FILE} is out of date: run npm run catalogue\n`);
    return 1;
  }
  writeFileSync(path, text);
  process.stdout.write(`wrote ${CATALOGUE_FILE}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));
