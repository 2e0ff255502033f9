import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useStore } from '../../src/state/store';
import { DEFAULT_STATE } from '../../src/state/types';

afterEach(() => {
  cleanup();
  const { actions } = useStore.getState();
  actions.applyShareable(DEFAULT_STATE);
  actions.setData({ state: 'loading' });
  useStore.setState({ notices: [] });
});
