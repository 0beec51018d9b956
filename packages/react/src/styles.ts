/**
 * The CSS the renderers need, as text, so a host (the `<caf-form>` element) can adopt it into a
 * shadow root as a constructed stylesheet: no `<style>` elements and no inline `style` attributes,
 * so a strict `style-src 'self'` policy holds. `?inline` makes the bundler (Vite) hand over the text.
 */
import govukCssText from 'govuk-frontend/dist/govuk/govuk-frontend.min.css?inline';
import cafCssText from './caf.css?inline';
import choicesCssText from './choices.css?inline';

/** govuk-frontend 6's compiled stylesheet, unchanged. */
export const govukCss: string = govukCssText;

/** The renderers' own styles (rating, outcomes panel, add-another items). */
export const cafCss: string = cafCssText;

/**
 * GOV.UK's radios and checkboxes drawn on the input rather than on positioned boxes around it, to
 * the same pixels (decision 011). A sheet of its own, after GOV.UK's, so a test can take it away
 * and compare.
 */
export const choicesCss: string = choicesCssText;

/** Everything the form needs, GOV.UK first so ours can refine it. */
export const formCss: string = `${govukCssText}\n${cafCssText}\n${choicesCssText}`;
