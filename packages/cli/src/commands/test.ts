import { formatProblem, formatReport, loadProject, runScenarios, summarise, type ScenarioRun } from '@caf-forms/toolchain';
import { UsageError } from '../command.ts';
import { parseOptions, projectRoot, withHelp } from '../options.ts';

const HELP = `Usage: caf test [rule-set | scenario ...] [options]

Runs every rule scenario (rules/<rule-set>/scenarios/*.json) and reports, for each rule, whether
the scenarios make it fire at least once and not fire at least once.

  rule-set | scenario   run only these: a rule set id (consent), a scenario file name
                        (sixteenth-birthday) or both (consent/sixteenth-birthday)
  --root DIR            the project folder (default: the current folder)
  --json                print the report as JSON: { problems, scenarios, coverage, summary }
  --no-coverage-gate    report rules not covered both ways, but do not fail because of them
  --help                show this help

Exit status: 0 when every scenario passes and every rule fires and does not fire in some
scenario; 1 when a scenario fails, a file cannot be read, or a rule is not covered both ways.`;

function toJson(run: ScenarioRun, problems: string[]) {
  return {
    problems,
    scenarios: run.results.map(({ verdicts: _verdicts, ...result }) => result),
    coverage: run.coverage,
    summary: summarise(run),
  };
}

export const command = withHelp(HELP, async (args, io) => {
  const options = parseOptions(args, { flags: ['json', 'no-coverage-gate'], values: ['root'] });
  const project = loadProject(projectRoot(options));
  const run = await runScenarios(project, { only: options.positionals });
  if (options.positionals.length > 0 && run.results.length === 0) {
    const sets = project.ruleSets.filter((set) => set.scenarios.length > 0).map((set) => set.id);
    throw new UsageError(`no rule set or scenario matches ${options.positionals.map((p) => `"${p}"`).join(', ')} (rule sets with scenarios: ${sets.join(', ') || 'none'})`);
  }
  const problems = project.problems.map(formatProblem);
  const summary = summarise(run);
  const gated = !options.flags.has('no-coverage-gate') && summary.covered < summary.rules;
  if (options.flags.has('json')) {
    io.out(JSON.stringify(toJson(run, problems), null, 2));
  } else {
    if (problems.length > 0) io.out(['files that cannot be read:', ...problems.map((p) => `  ${p}`), ''].join('\n'));
    io.out(formatReport(run).join('\n'));
    if (gated) io.out('failing: every rule must fire in some scenario and not fire in another (--no-coverage-gate to only report this)');
  }
  return problems.length > 0 || summary.failed > 0 || gated ? 1 : 0;
});
