export { CafFormElement } from './caf-form/caf-form.ts';
export { adaptGovukCss, cafFormStyles } from './caf-form/caf-form.styles.ts';
export { loadFormModule, parseDataAttribute, type FormLoader } from './caf-form/load.ts';
export type {
  CafChangeDetail,
  CafChangeEvent,
  CafInvalidDetail,
  CafInvalidEvent,
  CafInvalidReason,
  CafLoadErrorDetail,
  CafLoadErrorEvent,
  CafSubmitDetail,
  CafSubmitEvent,
} from './caf-form/events.ts';
