/**
 * The shipped STOP indicator set: the editorial decisions the schema cannot check (which signs
 * are strong and how far each raises the level, the bands, the partner countries' routes).
 * The checklist's tests rely on them.
 */
import { describe, expect, it } from 'vitest';
import { indicatorSets } from '../src/indicators/index.js';
import type { IndicatorSet } from '../src/index.js';

const parsed = indicatorSets.parse(await indicatorSets.loadBuiltin('stop-indicators', 'en'));
if (!parsed.ok) throw new Error(`stop-indicators does not validate: ${parsed.problems.map((p) => p.message).join('; ')}`);
const stop: IndicatorSet = parsed.value;
const all = stop.categories.flatMap((c) => c.indicators);

describe('the STOP indicator set', () => {
  it('weighs every indicator, with bands no-indicators, some, significant and high concern', () => {
    expect(all.filter((i) => i.weight === undefined).map((i) => i.id)).toEqual([]);
    expect(stop.bands.map((b) => [b.id, b.min])).toEqual([
      ['no-indicators', 0],
      ['some-concern', 1],
      ['significant-concern', 5],
      ['high-concern', 10],
    ]);
  });

  it('flags the signs whose own text calls them strong, immediate or same-day, and each escalates', () => {
    expect(all.filter((i) => i.strongSign).map((i) => [i.id, i.escalatesTo])).toEqual([
      ['picked-up-by-adults', 'significant-concern'],
      ['controlled-by-someone', 'significant-concern'],
      ['image-requests', 'high-concern'],
      ['missing-repeatedly', 'significant-concern'],
      ['found-with-unknown-adults', 'high-concern'],
      ['sexual-health-young-child', 'high-concern'],
    ]);
  });

  it('has a route for each partner country', () => {
    expect(stop.reportingRoutes.map((r) => r.country)).toEqual(['FR', 'ES', 'GR', 'IT']);
  });

  it('does not send a reader in Spain to a national line: there is none', () => {
    const spain = stop.reportingRoutes.find((r) => r.country === 'ES')!;
    expect(spain.steps.en).toMatch(/no national public child-protection line/);
    expect(spain.name.en).not.toMatch(/national/i);
  });
});
