/**
 * Checks by hand, outside the test suite (which runs Chromium only), that Firefox draws GOV.UK's
 * small radios and checkboxes with `choices.css` (decision 011) to the same pixels as govuk-frontend
 * alone: unchecked, checked and disabled. Uses Firefox's own `--headless --screenshot`, so any
 * Firefox will do (Debian: `apt-get install firefox-esr`; FIREFOX_PATH overrides the path).
 *
 *   npx tsx scripts/choices-in-firefox.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const firefox = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
if (!firefox || !existsSync(firefox)) {
  console.error('No Firefox found: install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'caf-choices-'));
copyFileSync(createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), join(dir, 'govuk.css'));
copyFileSync(fileURLToPath(new URL('../packages/react/src/choices.css', import.meta.url)), join(dir, 'choices.css'));

const KINDS = {
  radio: ['govuk-radios govuk-radios--small', 'govuk-radios__item', 'govuk-radios__input', 'govuk-label govuk-radios__label'],
  checkbox: ['govuk-checkboxes govuk-checkboxes--small', 'govuk-checkboxes__item', 'govuk-checkboxes__input', 'govuk-label govuk-checkboxes__label'],
} as const;
const STATES = [
  ['Unchecked', ''],
  ['Checked', 'checked'],
  ['Disabled', 'disabled'],
  ['Disabled and checked', 'checked disabled'],
] as const;

/** One group per kind, each option in its own radio group so that every checked state shows. */
function page(stylesheets: string[]): string {
  const groups = Object.entries(KINDS).map(([kind, [group, item, input, label]]) => {
    const options = STATES.map(
      ([text, attributes], index) =>
        `<div class="${item}"><input class="${input}" id="${kind}${index}" name="${kind}${index}" type="${kind}" ${attributes}><label class="${label}" for="${kind}${index}">${text}</label></div>`,
    );
    return `<div class="${group}">${options.join('')}</div>`;
  });
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${links}</head><body><main style="padding:20px">${groups.join('<br>')}</main></body></html>`;
}

function screenshot(name: string, stylesheets: string[]): Buffer {
  writeFileSync(join(dir, `${name}.html`), page(stylesheets));
  const png = join(dir, `${name}.png`);
  execFileSync(firefox!, ['--headless', '--window-size=500,500', '--screenshot', png, `file://${join(dir, `${name}.html`)}`], { stdio: 'ignore', timeout: 120_000 });
  return readFileSync(png);
}

const version = execFileSync(firefox, ['--version'], { encoding: 'utf8' }).trim();
const govuk = screenshot('govuk', ['govuk.css']);
const ours = screenshot('ours', ['govuk.css', 'choices.css']);
if (govuk.equals(ours)) {
  console.log(`${version}: radios and checkboxes with choices.css look as govuk-frontend draws them (${STATES.length} states each).`);
} else {
  console.log(`${version}: the drawings differ; compare ${join(dir, 'govuk.png')} and ${join(dir, 'ours.png')}.`);
  process.exit(1);
}
