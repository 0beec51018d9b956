/**
 * Registers `<caf-form>` with the forms bundled into this build. The only module with a side effect.
 */
import { CafFormElement } from './caf-form.ts';
import { bundledForms } from '../bundled-forms.ts';

CafFormElement.forms = { ...bundledForms, ...CafFormElement.forms };
if (!customElements.get('caf-form')) customElements.define('caf-form', CafFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'caf-form': CafFormElement;
  }
}
