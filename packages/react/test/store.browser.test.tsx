import { describe, expect, test } from 'vitest';
import { Actions, configReducer } from '@jsonforms/core';
import { DEFAULT_CONFIG } from '../src/store.tsx';

describe('the form store', () => {
  test('hands JSON Forms the configuration its own reducer would make', () => {
    // DEFAULT_CONFIG is written out to keep lodash's merge out of the first render; if a JSON Forms
    // upgrade changes its defaults, this says so.
    expect(DEFAULT_CONFIG).toEqual(configReducer(undefined, Actions.setConfig({})));
  });
});
