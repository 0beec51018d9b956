/**
 * Per-control updates for JSON Forms. @jsonforms/react keeps its state in one React context whose
 * value changes on every keystroke, so every control on the page re-renders and re-maps its props
 * (about 260 controls in a family assessment). Here the JSON Forms core state lives in a small
 * store; the context value JSON Forms reads stays the same object (its `core` reads the store), and
 * each control subscribes to the store and re-maps only when something it depends on changed:
 * its own value, the shown errors, or (for controls with a UI-schema rule) any data.
 */
import { createContext, memo, useContext, useMemo, useRef, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { JsonFormsContext, type JsonFormsStateContext } from '@jsonforms/react';
import {
  Actions,
  composePaths,
  coreReducer,
  defaultJsonFormsI18nState,
  toDataPath,
  type CoreActions,
  type JsonFormsCore,
  type JsonFormsRendererRegistryEntry,
  type JsonFormsState,
  type JsonSchema,
  type UISchemaElement,
} from '@jsonforms/core';
import type Ajv from 'ajv';
import type { ErrorObject } from 'ajv';

export interface FormStore {
  readonly core: JsonFormsCore;
  dispatch(action: CoreActions): void;
  subscribe(listener: () => void): () => void;
  setAdditionalErrors(errors: ErrorObject[]): void;
}

export interface FormStoreOptions {
  data: unknown;
  schema: JsonSchema;
  uischema: UISchemaElement;
  ajv: Ajv;
  additionalErrors: ErrorObject[];
  /** Called after each change of the data, with the new data. */
  onData(data: unknown): void;
}

export function createFormStore(options: FormStoreOptions): FormStore {
  // NoValidation: JSON Forms never compiles or validates; errors arrive as additionalErrors.
  const settings = (additionalErrors: ErrorObject[]) => ({ ajv: options.ajv, validationMode: 'NoValidation' as const, additionalErrors });
  let core = coreReducer(undefined, Actions.init(options.data, options.schema, options.uischema, settings(options.additionalErrors)));
  const listeners = new Set<() => void>();
  const store: FormStore = {
    get core() {
      return core;
    },
    dispatch(action) {
      const next = coreReducer(core, action);
      if (next === core) return;
      const dataChanged = next.data !== core.data;
      core = next;
      listeners.forEach((listener) => listener());
      if (dataChanged) options.onData(core.data);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAdditionalErrors(errors) {
      if (errors !== core.additionalErrors) store.dispatch(Actions.updateCore(core.data, core.schema, core.uischema, settings(errors)));
    },
  };
  return store;
}

const FormStoreContext = createContext<FormStore | null>(null);

/**
 * JSON Forms' default configuration (its `configDefault`, which @jsonforms/core does not export),
 * written out: `configReducer` makes it with lodash's `merge`, and compiling `merge` on its first
 * call was a few milliseconds of every first render. `test/store.browser.test.tsx` checks the two still agree.
 */
export const DEFAULT_CONFIG: Readonly<Record<string, unknown>> = {
  restrict: false,
  trim: false,
  showUnfocusedDescription: false,
  hideRequiredAsterisk: false,
  separateReadonlyFromDisabled: false,
};

export function FormStoreProvider({ store, renderers, children }: { store: FormStore; renderers: JsonFormsRendererRegistryEntry[]; children: ReactNode }) {
  const context = useMemo<JsonFormsStateContext>(
    () => ({
      get core() {
        return store.core;
      },
      renderers,
      cells: [],
      config: { ...DEFAULT_CONFIG },
      uischemas: [],
      readonly: false,
      i18n: defaultJsonFormsI18nState,
      dispatch: store.dispatch,
    }),
    [store, renderers],
  );
  return (
    <FormStoreContext.Provider value={store}>
      <JsonFormsContext.Provider value={context}>{children}</JsonFormsContext.Provider>
    </FormStoreContext.Provider>
  );
}

interface OwnProps {
  uischema: UISchemaElement;
  schema?: JsonSchema;
  path?: string;
  enabled?: boolean;
  visible?: boolean;
}

type Mapper<P> = (state: JsonFormsState, ownProps: never) => P;

/** What a piece of UI depends on: where its data is, and whether a rule makes it depend on all data. */
export type Dependency = 'value' | 'layout' | 'everything';

/** The data path a piece of UI reads, split once: resolving it runs for every control on every change. */
function valueSegments(own: OwnProps, dependency: Dependency): string[] {
  const scope = (own.uischema as { scope?: string }).scope;
  const path = dependency === 'value' && scope ? composePaths(own.path ?? '', toDataPath(scope)) : (own.path ?? '');
  return path === '' ? [] : path.split('.');
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function dependencyKey(core: JsonFormsCore, own: OwnProps, dependency: Dependency, segments: readonly string[]): unknown[] {
  const everything = dependency === 'everything' || own.uischema.rule !== undefined;
  return [
    core.schema,
    core.uischema,
    core.additionalErrors,
    everything ? core.data : dependency === 'layout' ? null : valueAt(core.data, segments),
    own.uischema,
    own.schema,
    own.path,
    own.enabled,
    own.visible,
  ];
}

const sameKey = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Connects a renderer to the store: JSON Forms' own mapper turns state into props (so renderers
 * get the usual ControlProps/LayoutProps), but only when the dependency key changed.
 */
export function connect<P extends object>(
  Component: ComponentType<P>,
  mapState: Mapper<Partial<P>>,
  mapDispatch: (dispatch: (action: CoreActions) => void) => Partial<P>,
  dependency: Dependency,
): ComponentType<OwnProps> {
  const Pure = memo(Component) as unknown as ComponentType<Record<string, unknown>>;
  function Connected(own: OwnProps) {
    const store = useContext(FormStoreContext);
    const context = useContext(JsonFormsContext);
    if (!store) throw new Error('caf-forms renderers must be rendered inside <CafForm>');
    const cache = useRef<{ key: unknown[]; props: Partial<P> } | null>(null);
    const segments = useMemo(() => valueSegments(own, dependency), [own.uischema, own.path]);
    const getSnapshot = () => {
      const key = dependencyKey(store.core, own, dependency, segments);
      if (cache.current && sameKey(cache.current.key, key)) return cache.current.props;
      const props = mapState({ jsonforms: context } as JsonFormsState, own as never);
      cache.current = { key, props };
      return props;
    };
    const stateProps = useSyncExternalStore(store.subscribe, getSnapshot);
    const dispatchProps = useMemo(() => mapDispatch(store.dispatch), [store]);
    return <Pure {...own} {...stateProps} {...dispatchProps} />;
  }
  Connected.displayName = `Connected(${Component.displayName ?? Component.name})`;
  return Connected;
}
