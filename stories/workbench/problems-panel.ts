/**
 * Shown in place of a story while a definition is broken: the same located messages `caf check`
 * prints, so an analyst sees where to look instead of a blank page or a stack trace.
 */
export function problemsPanel(problems: readonly string[]): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'workbench-problems';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', 'workbench-problems-heading');
  const heading = document.createElement('h2');
  heading.id = 'workbench-problems-heading';
  heading.textContent = `The definitions have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}`;
  const hint = document.createElement('p');
  hint.textContent = 'Fix the file at the line and column shown; this page reloads when you save.';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = problem;
    item.append(code);
    list.append(item);
  }
  panel.append(heading, hint, list);
  return panel;
}
