import { useCallback, useState, type FocusEvent } from 'react';
import type { ControlProps } from '@jsonforms/core';
import { useFormActions } from '../context.ts';
import { controlId } from '../ids.ts';
import type { FieldText } from './field.tsx';

export function fieldText(props: Pick<ControlProps, 'path' | 'label' | 'description' | 'errors'>): FieldText {
  return { id: controlId(props.path), label: props.label, description: props.description, errors: props.errors };
}

/**
 * Marks the control as left once focus moves outside it (not between the parts of one question,
 * such as day to month, where an error would interrupt someone still typing).
 */
export function useLeaveHandler(path: string): (event: FocusEvent<HTMLElement>) => void {
  const { touch } = useFormActions();
  return useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget as Node | null;
      if (next && event.currentTarget.contains(next)) return;
      touch(path);
    },
    [touch, path],
  );
}

export const uiOption = (props: Pick<ControlProps, 'uischema'>, name: string): unknown =>
  (props.uischema.options as Record<string, unknown> | undefined)?.[name];

/**
 * What the person typed, kept while it still means the stored value ("1." for 1, "3" for a day of
 * "03"); replaced only when the data changes from elsewhere (reset, undo, new data).
 */
export function useDraft(data: unknown, format: (data: unknown) => string, parse: (text: string) => unknown): [string, (text: string) => void] {
  const [draft, setDraft] = useState(() => format(data));
  const current = parse(draft);
  if (current !== data && !(current === undefined && data === null) && JSON.stringify(current) !== JSON.stringify(data)) {
    const next = format(data);
    if (next !== draft) setDraft(next);
  }
  return [draft, setDraft];
}
