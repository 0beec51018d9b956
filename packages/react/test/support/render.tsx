/** Mounts a CafForm in the test page with the package's own CSS, and records what it reports. */
import { createRef } from 'react';
import { vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { CafForm, formCss, type CafFormHandle, type CafFormProps, type FormModule, type FormState } from '../../src/index.ts';

/** Renders and waits until React (or Preact, as the embeddable build ships) has committed. */
async function renderAndSettle(work: () => void, ready: () => boolean) {
  work();
  await vi.waitFor(() => {
    if (!ready()) throw new Error('the form has not rendered yet');
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

let sheet: CSSStyleSheet | undefined;

export interface Mounted {
  container: HTMLElement;
  handle: () => CafFormHandle;
  changes: FormState[];
  lastData: () => Record<string, unknown>;
  rerender(props: Partial<CafFormProps>): Promise<void>;
  unmount(): void;
}

const mountedRoots: Root[] = [];

export async function mountForm(form: FormModule, props: Partial<CafFormProps> = {}): Promise<Mounted> {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(formCss);
    document.adoptedStyleSheets = [sheet];
  }
  const container = document.createElement('div');
  document.body.append(container);
  const ref = createRef<CafFormHandle>();
  const changes: FormState[] = [];
  const root = createRoot(container);
  mountedRoots.push(root);
  let current: Partial<CafFormProps> = props;
  const render = () => root.render(<CafForm ref={ref} form={form} onChange={(state) => changes.push(state)} {...current} />);
  await renderAndSettle(render, () => ref.current !== null && container.childElementCount > 0);
  return {
    container,
    handle: () => ref.current!,
    changes,
    lastData: () => ref.current!.getState().data as Record<string, unknown>,
    async rerender(next) {
      current = { ...current, ...next };
      await renderAndSettle(render, () => ref.current !== null);
    },
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

export function unmountAll() {
  for (const root of mountedRoots.splice(0)) root.unmount();
  document.body.innerHTML = '';
}

export function byId<T extends HTMLElement = HTMLElement>(container: HTMLElement, id: string): T {
  const element = container.querySelector<T>(`#${CSS.escape(id)}`);
  if (!element) throw new Error(`no element #${id}`);
  return element;
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
