/**
 * What renderers need from the form beyond JSON Forms' own state. Split in two so that the stable
 * part (functions) never re-renders the controls; only the section task list reads the live part.
 */
import { createContext, useContext } from 'react';
import type { ValidationError } from '@caf-forms/core';

export interface FormActions {
  /** A control was left: its errors may now be shown (GOV.UK: after leaving a field). */
  touch(path: string): void;
  /** Moves focus to the control for a JSON Pointer (or its nearest ancestor), opening its section. */
  focusPointer(pointer: string): void;
  /** Sections register how to open the one that holds a pointer; returns an unregister function. */
  registerSectionOpener(open: (pointer: string) => boolean): () => void;
}

export interface FormValidity {
  /** Every current validation error, shown or not. */
  errors: ValidationError[];
  /** The errors currently shown to the practitioner. */
  shownErrors: ValidationError[];
}

const noop = () => undefined;

export const FormActionsContext = createContext<FormActions>({
  touch: noop,
  focusPointer: noop,
  registerSectionOpener: () => noop,
});

export const FormValidityContext = createContext<FormValidity>({ errors: [], shownErrors: [] });

export const useFormActions = (): FormActions => useContext(FormActionsContext);
export const useFormValidity = (): FormValidity => useContext(FormValidityContext);
