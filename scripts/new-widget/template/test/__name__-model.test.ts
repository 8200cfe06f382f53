import { describe, expect, it } from 'vitest';
import { __Name__State } from '../src/__name__-model.js';

describe('__Name__State', () => {
  it('starts not done, and each toggle turns it over', () => {
    const state = new __Name__State();
    expect(state.done).toBe(false);
    expect(state.toggle()).toBe(true);
    expect(state.done).toBe(true);
    expect(state.toggle()).toBe(false);
    expect(state.done).toBe(false);
  });
});
