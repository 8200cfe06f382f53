/**
 * Opening hours in the helpline's own time zone: across midnight, on the days clocks change in
 * Paris and Athens (29 March and 25 October 2026), round the clock, and a channel with its own
 * hours. Instants are written in UTC with the local time beside them.
 */
import { describe, expect, it } from 'vitest';
import type { Availability, Helpline } from '@childrensafe/content';
import { channelState, closesOnPublicHolidays, dayRuns, isOpenNow, openState, withPublicHolidays } from '../src/model/opening-hours.js';
import { instantAt, wallTime, zoneOffset } from '../src/model/zoned-time.js';

const utc = (iso: string): number => Date.parse(`${iso}Z`);
const weekly = (timeZone: string, ...hours: { days: string[]; open: string; close: string }[]) => ({ type: 'weekly', timeZone, hours }) as Availability;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
const everyDay = [...weekdays, 'sat', 'sun'];

describe('wall time in a zone', () => {
  it('reads the clock of Paris and Athens, winter and summer', () => {
    expect(wallTime(utc('2026-11-25T09:00'), 'Europe/Paris')).toEqual({ year: 2026, month: 11, day: 25, weekday: 2, minutes: 600 });
    expect(zoneOffset(utc('2026-01-15T12:00'), 'Europe/Paris')).toBe(60);
    expect(zoneOffset(utc('2026-07-15T12:00'), 'Europe/Paris')).toBe(120);
    expect(zoneOffset(utc('2026-07-15T12:00'), 'Europe/Athens')).toBe(180);
  });

  it('takes a time skipped when clocks go forward as the moment they jump', () => {
    // Paris, 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC; 02:30 never shows.
    expect(instantAt({ year: 2026, month: 3, day: 29 }, 150, 'Europe/Paris')).toBe(utc('2026-03-29T01:00'));
    expect(instantAt({ year: 2026, month: 3, day: 29 }, 120, 'Europe/Paris')).toBe(utc('2026-03-29T01:00'));
    expect(instantAt({ year: 2026, month: 3, day: 29 }, 180, 'Europe/Paris')).toBe(utc('2026-03-29T01:00'));
    // Athens jumps from 03:00 to 04:00, also at 01:00 UTC.
    expect(instantAt({ year: 2026, month: 3, day: 29 }, 210, 'Europe/Athens')).toBe(utc('2026-03-29T01:00'));
  });

  it('takes a time shown twice when clocks go back the first time', () => {
    // Paris, 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 02:30 shows twice.
    expect(instantAt({ year: 2026, month: 10, day: 25 }, 150, 'Europe/Paris')).toBe(utc('2026-10-25T00:30'));
    expect(instantAt({ year: 2026, month: 10, day: 25 }, 210, 'Europe/Athens')).toBe(utc('2026-10-25T00:30'));
  });

  it('reads 24:00 as the next midnight', () => {
    expect(instantAt({ year: 2026, month: 12, day: 31 }, 1440, 'Europe/Rome')).toBe(utc('2026-12-31T23:00'));
  });
});

describe('open or closed on weekly hours', () => {
  const office = weekly('Europe/Paris', { days: weekdays, open: '09:00', close: '20:00' });

  it('is open during a slot, and says when it closes today', () => {
    // Wednesday 25 November 2026, 10:00 in Paris
    expect(openState(office, utc('2026-11-25T09:00'))).toEqual({
      kind: 'open',
      closes: { instant: utc('2026-11-25T19:00'), timeZone: 'Europe/Paris', daysAhead: 0 },
    });
  });

  it('is open at the opening minute and closed at the closing minute', () => {
    expect(openState(office, utc('2026-11-25T08:00')).kind).toBe('open');
    expect(openState(office, utc('2026-11-25T07:59')).kind).toBe('closed');
    expect(openState(office, utc('2026-11-25T19:00')).kind).toBe('closed');
  });

  it('after Friday evening, opens on Monday', () => {
    // Friday 27 November, 21:00 in Paris → Monday 30 November, 09:00
    expect(openState(office, utc('2026-11-27T20:00'))).toEqual({
      kind: 'closed',
      opens: { instant: utc('2026-11-30T08:00'), timeZone: 'Europe/Paris', daysAhead: 3 },
    });
  });

  it('before opening, opens later today', () => {
    const state = openState(office, utc('2026-11-25T06:00'));
    expect(state).toEqual({ kind: 'closed', opens: { instant: utc('2026-11-25T08:00'), timeZone: 'Europe/Paris', daysAhead: 0 } });
  });

  it('a slot one day a week opens a week later once it has closed', () => {
    const mondays = weekly('Europe/Rome', { days: ['mon'], open: '09:00', close: '12:00' });
    // Monday 30 November 2026, 12:00 in Rome
    const state = openState(mondays, utc('2026-11-30T11:00'));
    expect(state).toEqual({ kind: 'closed', opens: { instant: utc('2026-12-07T08:00'), timeZone: 'Europe/Rome', daysAhead: 7 } });
  });

  it('judges by the helpline’s clock, not UTC’s: 23:30 UTC is already tomorrow in Athens', () => {
    const saturdays = weekly('Europe/Athens', { days: ['sat'], open: '00:00', close: '12:00' });
    // Friday 27 November 23:30 UTC = Saturday 01:30 in Athens
    expect(openState(saturdays, utc('2026-11-27T23:30')).kind).toBe('open');
    expect(openState(saturdays, utc('2026-11-27T21:30')).kind).toBe('closed');
  });
});

describe('across midnight', () => {
  const nights = weekly('Europe/Paris', { days: everyDay, open: '20:00', close: '08:00' });

  it('open late in the evening, closes tomorrow morning', () => {
    // 25 November, 23:30 in Paris
    expect(openState(nights, utc('2026-11-25T22:30'))).toEqual({
      kind: 'open',
      closes: { instant: utc('2026-11-26T07:00'), timeZone: 'Europe/Paris', daysAhead: 1 },
    });
  });

  it('still open after midnight, on the slot begun the day before', () => {
    // 26 November, 02:00 in Paris: the slot of the 25th
    expect(openState(nights, utc('2026-11-26T01:00'))).toEqual({
      kind: 'open',
      closes: { instant: utc('2026-11-26T07:00'), timeZone: 'Europe/Paris', daysAhead: 0 },
    });
  });

  it('a Friday night slot runs into Saturday, not on Saturday night', () => {
    const friday = weekly('Europe/Paris', { days: ['fri'], open: '22:00', close: '02:00' });
    expect(openState(friday, utc('2026-11-28T00:30')).kind).toBe('open'); // Saturday 01:30
    expect(openState(friday, utc('2026-11-28T22:30')).kind).toBe('closed'); // Saturday 23:30
  });

  it('closes at midnight when it closes at 24:00', () => {
    const evenings = weekly('Europe/Madrid', { days: everyDay, open: '18:00', close: '24:00' });
    // 25 November, 23:59 in Madrid
    expect(openState(evenings, utc('2026-11-25T22:59'))).toEqual({
      kind: 'open',
      closes: { instant: utc('2026-11-25T23:00'), timeZone: 'Europe/Madrid', daysAhead: 1 },
    });
  });

  it('two slots that meet at midnight make one stretch', () => {
    const lateAndEarly = weekly('Europe/Paris', { days: ['fri'], open: '18:00', close: '24:00' }, { days: ['sat'], open: '00:00', close: '06:00' });
    // Friday 27 November, 19:00 in Paris: closes Saturday at 06:00, not at midnight
    const state = openState(lateAndEarly, utc('2026-11-27T18:00'));
    expect(state).toEqual({ kind: 'open', closes: { instant: utc('2026-11-28T05:00'), timeZone: 'Europe/Paris', daysAhead: 1 } });
  });
});

describe('on the days clocks change', () => {
  it('Paris, spring: a night slot is an hour shorter and closes at 08:00 summer time', () => {
    const nights = weekly('Europe/Paris', { days: everyDay, open: '20:00', close: '08:00' });
    // Saturday 28 March 2026, 23:00 CET
    const state = openState(nights, utc('2026-03-28T22:00'));
    expect(state).toEqual({ kind: 'open', closes: { instant: utc('2026-03-29T06:00'), timeZone: 'Europe/Paris', daysAhead: 1 } });
  });

  it('Paris, spring: on the Sunday, 09:00 is 07:00 UTC, no longer 08:00', () => {
    const days = weekly('Europe/Paris', { days: everyDay, open: '09:00', close: '20:00' });
    // Sunday 29 March, 08:30 CEST
    expect(openState(days, utc('2026-03-29T06:30'))).toEqual({
      kind: 'closed',
      opens: { instant: utc('2026-03-29T07:00'), timeZone: 'Europe/Paris', daysAhead: 0 },
    });
    // Saturday 28 March, 08:30 CET: still winter time
    expect(openState(days, utc('2026-03-28T07:30')).kind).toBe('closed');
    expect(openState(days, utc('2026-03-28T08:00')).kind).toBe('open');
  });

  it('Paris, spring: a slot opening in the skipped hour opens when the clocks jump', () => {
    const early = weekly('Europe/Paris', { days: ['sun'], open: '02:30', close: '06:00' });
    // Sunday 29 March, 01:30 CET
    const state = openState(early, utc('2026-03-29T00:30'));
    expect(state).toEqual({ kind: 'closed', opens: { instant: utc('2026-03-29T01:00'), timeZone: 'Europe/Paris', daysAhead: 0 } });
    expect(openState(early, utc('2026-03-29T01:00')).kind).toBe('open');
  });

  it('Athens, autumn: a night slot is an hour longer and closes at 06:00 winter time', () => {
    const nights = weekly('Europe/Athens', { days: everyDay, open: '22:00', close: '06:00' });
    // Sunday 25 October 2026, 00:00 EEST; clocks go back from 04:00 to 03:00 at 01:00 UTC
    const state = openState(nights, utc('2026-10-24T21:00'));
    expect(state).toEqual({ kind: 'open', closes: { instant: utc('2026-10-25T04:00'), timeZone: 'Europe/Athens', daysAhead: 0 } });
    // during the repeated hour (03:30 the second time) it is still open
    expect(openState(nights, utc('2026-10-25T01:30')).kind).toBe('open');
  });

  it('Athens, autumn: on the Sunday, 09:00 is 07:00 UTC, no longer 06:00', () => {
    const days = weekly('Europe/Athens', { days: ['sun'], open: '09:00', close: '17:00' });
    expect(openState(days, utc('2026-10-25T06:30')).kind).toBe('closed');
    expect(openState(days, utc('2026-10-25T07:00')).kind).toBe('open');
    // and 17:00 EET is 15:00 UTC
    expect(openState(days, utc('2026-10-25T07:00'))).toMatchObject({ closes: { instant: utc('2026-10-25T15:00') } });
  });

  it('Athens, spring: opening at 09:00 on the Sunday is 06:00 UTC', () => {
    const days = weekly('Europe/Athens', { days: ['sun'], open: '09:00', close: '17:00' });
    expect(openState(days, utc('2026-03-29T05:59')).kind).toBe('closed');
    expect(openState(days, utc('2026-03-29T06:00')).kind).toBe('open');
  });
});

describe('round the clock and unknown hours', () => {
  it('always open', () => {
    expect(openState({ type: 'always' }, utc('2026-11-25T03:00'))).toEqual({ kind: 'always' });
  });

  it('hours that vary by country: nothing can be said', () => {
    expect(openState({ type: 'varies' }, utc('2026-11-25T03:00'))).toEqual({ kind: 'varies' });
  });

  it('weekly hours with no gap are round the clock', () => {
    const full = weekly('Europe/Rome', { days: everyDay, open: '00:00', close: '24:00' });
    const split = weekly('Europe/Rome', { days: everyDay, open: '08:00', close: '20:00' }, { days: everyDay, open: '20:00', close: '08:00' });
    for (const when of ['2026-11-25T03:00', '2026-03-29T01:30', '2026-10-25T00:45']) {
      expect(openState(full, utc(when)), when).toEqual({ kind: 'always' });
      expect(openState(split, utc(when)), when).toEqual({ kind: 'always' });
    }
  });

  it('a single gap in the week is not round the clock', () => {
    const almost = weekly('Europe/Rome', { days: everyDay.slice(0, 6), open: '00:00', close: '24:00' }, { days: ['sun'], open: '00:00', close: '23:00' });
    // Wednesday: open, closes Sunday at 23:00
    expect(openState(almost, utc('2026-11-25T12:00'))).toMatchObject({ kind: 'open', closes: { instant: utc('2026-11-29T22:00'), daysAhead: 4 } });
  });
});

describe('a channel with its own hours', () => {
  const line = {
    id: 'test-line',
    availability: { type: 'always' },
    channels: [
      { type: 'phone', dial: '0000', display: '0000' },
      { type: 'chat', url: 'https://chat.example/', availability: weekly('Europe/Madrid', { days: weekdays, open: '16:00', close: '20:00' }) },
    ],
  } as unknown as Helpline;

  it('the chat keeps its hours while the phone answers round the clock', () => {
    const wednesdayMorning = utc('2026-11-25T09:00');
    expect(channelState(line, line.channels[0]!, wednesdayMorning)).toEqual({ kind: 'always' });
    expect(channelState(line, line.channels[1]!, wednesdayMorning)).toMatchObject({
      kind: 'closed',
      opens: { instant: utc('2026-11-25T15:00'), daysAhead: 0 },
    });
    expect(channelState(line, line.channels[1]!, utc('2026-11-25T16:00'))).toMatchObject({ kind: 'open', closes: { instant: utc('2026-11-25T19:00') } });
  });

  it('a line is open now when any of its channels is', () => {
    const chatOnlyHours = { ...line, availability: { type: 'varies' }, channels: [line.channels[1]] } as unknown as Helpline;
    expect(isOpenNow(chatOnlyHours, utc('2026-11-25T16:00'))).toBe(true);
    expect(isOpenNow(chatOnlyHours, utc('2026-11-25T09:00'))).toBe(false);
    expect(isOpenNow(line, utc('2026-11-25T09:00'))).toBe(true);
  });
});

describe('closed dates and public holidays', () => {
  // Monday to Friday 09:00–17:00 in Paris; Thursday 14 May 2026 is Ascension Day.
  const office = { ...weekly('Europe/Paris', { days: weekdays, open: '09:00', close: '17:00' }) } as Extract<Availability, { type: 'weekly' }>;
  const line = (availability: Availability, country = 'FR') =>
    ({
      id: 'l',
      country,
      name: { en: 'L' },
      description: { en: 'D' },
      channels: [{ type: 'phone', dial: '123', display: '123' }],
      topics: ['abuse'],
      audience: ['adults'],
      languages: ['fr'],
      cost: 'free',
      availability,
      source: { url: 'https://example.org', checked: '2026-12-02' },
    }) as Helpline;
  const holidays = [{ country: 'FR', dates: ['2026-05-14', '2026-05-25'], source: { url: 'https://example.org/holidays', checked: '2026-12-02' } }];

  it('a closed date has no opening: the line opens the next working day', () => {
    const closed = { ...office, closed: { dates: ['2026-05-14'] } };
    // Thursday 14 May 2026, 10:00 in Paris (08:00 UTC)
    expect(openState(closed, utc('2026-05-14T08:00'))).toMatchObject({ kind: 'closed', opens: { instant: utc('2026-05-15T07:00'), daysAhead: 1 } });
    // the day before, it closes at 17:00 as usual, and opens again on Friday
    expect(openState(closed, utc('2026-05-13T08:00'))).toMatchObject({ kind: 'open', closes: { instant: utc('2026-05-13T15:00') } });
    expect(openState(closed, utc('2026-05-13T16:00'))).toMatchObject({ kind: 'closed', opens: { instant: utc('2026-05-15T07:00'), daysAhead: 2 } });
    // the same hours without the closed date are open
    expect(openState(office, utc('2026-05-14T08:00')).kind).toBe('open');
  });

  it('writes the country’s public holidays into a timetable that closes on them, and only there', () => {
    const [closesOnHolidays, ignoresThem, elsewhere] = withPublicHolidays(
      [line({ ...office, closed: { publicHolidays: true } }), line(office), line({ ...office, closed: { publicHolidays: true } }, 'IT')],
      holidays,
    );
    expect(closesOnHolidays!.availability).toMatchObject({ closed: { publicHolidays: true, dates: ['2026-05-14', '2026-05-25'] } });
    expect(isOpenNow(closesOnHolidays!, utc('2026-05-14T08:00'))).toBe(false);
    expect(isOpenNow(ignoresThem!, utc('2026-05-14T08:00'))).toBe(true);
    // a country whose holidays are not listed keeps its timetable, and still says it closes on them
    expect(isOpenNow(elsewhere!, utc('2026-05-14T08:00'))).toBe(true);
    expect(closesOnPublicHolidays(elsewhere!.availability)).toBe(true);
    expect(closesOnPublicHolidays(ignoresThem!.availability)).toBe(false);
  });

  it('a channel’s own timetable gets its line’s country’s holidays too', () => {
    const withChannel = {
      ...line({ type: 'always' }),
      channels: [{ type: 'chat', url: 'https://example.org/chat', availability: { ...office, closed: { publicHolidays: true } } }],
    } as Helpline;
    const [resolved] = withPublicHolidays([withChannel], holidays);
    expect(channelState(resolved!, resolved!.channels[0]!, utc('2026-05-25T08:00')).kind).toBe('closed');
    expect(channelState(resolved!, resolved!.channels[0]!, utc('2026-05-26T08:00')).kind).toBe('open');
  });

  it('hours the sources do not state are never counted as open now', () => {
    expect(openState({ type: 'unstated' }, utc('2026-05-14T08:00'))).toEqual({ kind: 'unstated' });
    expect(isOpenNow(line({ type: 'unstated' }), utc('2026-05-14T08:00'))).toBe(false);
  });
});

describe('without a clock (a page rendered ahead of the visit)', () => {
  it('gives the weekly timetable, never "open" or "closed"', () => {
    const hours = weekly(
      'Europe/Paris',
      { days: ['mon', 'tue', 'wed', 'fri'], open: '09:00', close: '20:00' },
      { days: ['sat'], open: '10:00', close: '13:00' },
    );
    expect(openState(hours, null)).toEqual({
      kind: 'timetable',
      timeZone: 'Europe/Paris',
      slots: [
        { runs: [['mon', 'tue', 'wed'], ['fri']], open: '09:00', close: '20:00' },
        { runs: [['sat']], open: '10:00', close: '13:00' },
      ],
    });
  });

  it('keeps what needs no clock', () => {
    expect(openState({ type: 'always' } as Availability, null)).toEqual({ kind: 'always' });
    expect(openState({ type: 'unstated' } as Availability, null)).toEqual({ kind: 'unstated' });
  });

  it('orders the days of the week and cuts them into runs', () => {
    expect(dayRuns(['sun', 'mon', 'tue'])).toEqual([['mon', 'tue'], ['sun']]);
    expect(dayRuns(['fri', 'thu', 'wed', 'tue', 'mon', 'sat', 'sun'])).toEqual([everyDay]);
    expect(dayRuns([])).toEqual([]);
  });

  it('cannot tell a line open now', () => {
    const line = { availability: weekly('Europe/Paris', { days: everyDay, open: '00:00', close: '12:00' }), channels: [] } as unknown as Helpline;
    expect(isOpenNow(line, null)).toBe(false);
  });
});
