import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_AFTER_TYPING_MS, CountAnnouncement } from '../src/model/count-announcement.js';
import { lastResult } from '../src/model/last-result.js';
import { PAGE_SIZE, Paging } from '../src/model/paging.js';

describe('Paging', () => {
  const found = Array.from({ length: 45 }, (_, i) => i);

  it('shows 20 lines, then 20 more at each "Show more", saying how many are left', () => {
    const paging = new Paging();
    expect(PAGE_SIZE).toBe(20);
    expect(paging.visible(found)).toEqual(found.slice(0, 20));
    expect(paging.left(found.length)).toBe(25);
    expect(paging.more(), 'focus goes to the first line added').toBe(20);
    expect(paging.visible(found)).toHaveLength(40);
    expect(paging.left(found.length)).toBe(5);
    expect(paging.more()).toBe(40);
    expect(paging.visible(found)).toEqual(found);
    expect(paging.left(found.length)).toBe(0);
  });

  it('goes back to one page when the lines found change', () => {
    const paging = new Paging();
    paging.more();
    paging.reset();
    expect(paging.visible(found)).toHaveLength(20);
    expect(paging.left(3), 'fewer lines than a page: nothing left').toBe(0);
  });
});

describe('lastResult', () => {
  it('computes again only when an argument is another object or value', () => {
    const compute = vi.fn((directory: object, country: string | null) => ({ directory, country }));
    const memo = lastResult(compute);
    const directory = {};
    const first = memo(directory, 'FR');
    expect(memo(directory, 'FR')).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(memo(directory, 'GR')).toEqual({ directory, country: 'GR' });
    expect(memo({}, 'GR')).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});

describe('CountAnnouncement', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is due once typing has paused for 700 ms, not at every key', () => {
    const onDue = vi.fn();
    const announcement = new CountAnnouncement(onDue);
    announcement.schedule(true);
    vi.advanceTimersByTime(ANNOUNCE_AFTER_TYPING_MS - 100);
    announcement.schedule(true);
    vi.advanceTimersByTime(ANNOUNCE_AFTER_TYPING_MS - 100);
    expect(onDue).not.toHaveBeenCalled();
    expect(announcement.take(true)).toBe(false);
    vi.advanceTimersByTime(100);
    expect(onDue).toHaveBeenCalledTimes(1);
    expect(announcement.take(true)).toBe(true);
    expect(announcement.take(true), 'said once').toBe(false);
  });

  it('is due at once for another change, but waits for the lines it counts', () => {
    const announcement = new CountAnnouncement(() => {});
    announcement.schedule(false);
    vi.advanceTimersByTime(0);
    expect(announcement.take(false), 'a new country’s lines are still loading').toBe(false);
    expect(announcement.take(true)).toBe(true);
  });

  it('says nothing once cancelled', () => {
    const onDue = vi.fn();
    const announcement = new CountAnnouncement(onDue);
    announcement.schedule(true);
    announcement.cancel();
    vi.advanceTimersByTime(ANNOUNCE_AFTER_TYPING_MS * 2);
    expect(onDue).not.toHaveBeenCalled();
    expect(announcement.take(true)).toBe(false);
  });
});
