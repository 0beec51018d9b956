/**
 * The element's stylesheets, adopted into its shadow root (constructable stylesheets: nothing a
 * `style-src 'self'` policy blocks). GOV.UK's stylesheet is adapted to live in a shadow root.
 */
import { css, unsafeCSS, type CSSResultGroup } from 'lit';
import { cafCss, choicesCss, govukCss } from '@caf-forms/react';

/**
 * govuk-frontend's compiled CSS, three changes made:
 * - no `@font-face`: the element never fetches fonts (councils' pages and CSP stay as they are);
 * - `:root` custom properties become `:host` ones, since `:root` matches nothing in a shadow root;
 * - the GDS Transport stack becomes `--caf-form-font-family`, so a council can theme it.
 */
export function adaptGovukCss(text: string): string {
  return text
    .replace(/@font-face\{[^}]*\}/g, '')
    .replace(/:root\{/g, ':host{')
    .replaceAll('font-family:GDS Transport,arial,sans-serif', 'font-family:var(--caf-form-font-family,arial,sans-serif)');
}

/** The documented theming properties, mapped onto GOV.UK's own (after GOV.UK's defaults). */
const theme = css`
  :host {
    display: block;
    max-width: var(--caf-form-max-width, none);
    --govuk-text-colour: var(--caf-form-text-colour, #0b0c0c);
    --govuk-focus-colour: var(--caf-form-focus-colour, #fd0);
    --govuk-brand-colour: var(--caf-form-brand-colour, #1d70b8);
    color: var(--govuk-text-colour);
    font-family: var(--caf-form-font-family, arial, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }
  .govuk-button:not(.govuk-button--secondary, .govuk-button--warning, .govuk-button--inverse) {
    background-color: var(--caf-form-brand-colour, #0f7a52);
  }
`;

export const cafFormStyles: CSSResultGroup = [unsafeCSS(adaptGovukCss(govukCss)), unsafeCSS(cafCss), unsafeCSS(choicesCss), theme];
