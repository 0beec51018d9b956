/** The store-connected equivalents of @jsonforms/react's `withJsonForms…Props` higher-order components. */
import type { ComponentType } from 'react';
import {
  mapDispatchToArrayControlProps,
  mapDispatchToControlProps,
  mapStateToArrayControlProps,
  mapStateToControlProps,
  mapStateToEnumControlProps,
  mapStateToLayoutProps,
  mapStateToMultiEnumControlProps,
  mapStateToOneOfEnumControlProps,
  type CoreActions,
} from '@jsonforms/core';
import { connect } from './store.tsx';

type Dispatch = (action: CoreActions) => void;
const controlDispatch = (dispatch: Dispatch) => mapDispatchToControlProps(dispatch as never);
const arrayDispatch = (dispatch: Dispatch) => ({ ...mapDispatchToControlProps(dispatch as never), ...mapDispatchToArrayControlProps(dispatch as never) });
const noDispatch = () => ({});

// The casts bridge JSON Forms' mapper signatures and each renderer's own props type.
type Any = ComponentType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const withControlProps = (component: Any) => connect(component, mapStateToControlProps as never, controlDispatch, 'value');
export const withEnumProps = (component: Any) => connect(component, mapStateToEnumControlProps as never, controlDispatch, 'value');
export const withOneOfEnumProps = (component: Any) => connect(component, mapStateToOneOfEnumControlProps as never, controlDispatch, 'value');
export const withMultiEnumProps = (component: Any) => connect(component, mapStateToMultiEnumControlProps as never, controlDispatch, 'value');
export const withArrayControlProps = (component: Any) => connect(component, mapStateToArrayControlProps as never, arrayDispatch, 'value');
export const withLayoutProps = (component: Any) => connect(component, mapStateToLayoutProps as never, noDispatch, 'layout');
/** For views that summarise everything below them (the section task list). */
export const withLayoutPropsOfEverything = (component: Any) => connect(component, mapStateToLayoutProps as never, noDispatch, 'everything');
