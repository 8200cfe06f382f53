import { describe, expect, it } from 'vitest';
import { concernScoreOf } from '../src/vocabulary.js';

describe('concernScoreOf', () => {
  it('adds the weights, 1 for an indicator without one', () => {
    expect(concernScoreOf([{ weight: 2 }, { weight: 3 }])).toBe(5);
    expect(concernScoreOf([{}, {}, {}])).toBe(3);
    expect(concernScoreOf([])).toBe(0);
  });

  it('rounds to hundredths, so 0.7 + 0.1 reaches a band at 0.8', () => {
    expect(concernScoreOf([{ weight: 0.7 }, { weight: 0.1 }])).toBe(0.8);
    expect(concernScoreOf([{ weight: 0.1 }, { weight: 0.2 }])).toBe(0.3);
  });
});
