/**
 * The embeddable build's entry: `<script type="module" src="/caf-form.js">` defines `<caf-form>`
 * with every bundled form.
 */
import './caf-form/define.ts';
