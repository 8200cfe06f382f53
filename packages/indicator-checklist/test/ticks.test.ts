import { describe, expect, it } from 'vitest';
import { Ticks } from '../src/indicator-checklist-model.js';
import { weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

// weightedSet: isolated 1, older-friends 2, picked-up-by-adults 3 (escalates to significant
// concern), secretive-phone-use 1, several-phones 2. Bands from 0, 2 (some concern) and 5
// (significant concern).
const summary = (change: ReturnType<Ticks['toggle']>) =>
  change && { ticked: change.ticked, band: change.level.band.id, score: change.level.score, levelChanged: change.levelChanged };

describe('Ticks', () => {
  it('reports each tick with the ticks in the set’s order, and says when the level of concern changes', () => {
    const ticks = new Ticks();
    expect(summary(ticks.toggle(weightedSet, 'isolated', true))).toEqual({ ticked: ['isolated'], band: 'low-concern', score: 1, levelChanged: false });
    expect(summary(ticks.toggle(weightedSet, 'several-phones', true))).toEqual({
      ticked: ['isolated', 'several-phones'],
      band: 'some-concern',
      score: 3,
      levelChanged: true,
    });
    // 3 + 1 = 4: still some concern, so nothing new to announce.
    expect(summary(ticks.toggle(weightedSet, 'secretive-phone-use', true))).toEqual({
      ticked: ['isolated', 'secretive-phone-use', 'several-phones'],
      band: 'some-concern',
      score: 4,
      levelChanged: false,
    });
    expect(summary(ticks.toggle(weightedSet, 'older-friends', true))?.levelChanged, '4 + 2 = 6 reaches significant concern').toBe(true);
    expect(ticks.size).toBe(4);
  });

  it('changes nothing, and reports nothing, for a tick already in that state', () => {
    const ticks = new Ticks();
    expect(ticks.toggle(weightedSet, 'isolated', false)).toBeUndefined();
    ticks.toggle(weightedSet, 'isolated', true);
    expect(ticks.toggle(weightedSet, 'isolated', true)).toBeUndefined();
    expect(ticks.size).toBe(1);
  });

  it('clears every tick at once, back to the lowest level, and reports nothing when there was nothing to clear', () => {
    const ticks = new Ticks();
    expect(ticks.clear(weightedSet)).toBeUndefined();
    ticks.toggle(weightedSet, 'picked-up-by-adults', true);
    expect(summary(ticks.clear(weightedSet))).toEqual({ ticked: [], band: 'low-concern', score: 0, levelChanged: true });
    expect(ticks.has('picked-up-by-adults')).toBe(false);
    expect(ticks.size).toBe(0);
  });
});
