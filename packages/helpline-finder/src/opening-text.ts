import { dateTimeFormat, intlLocale, msg, str, type Locale } from '@childrensafe/core';
import { DAYS, type Day } from '@childrensafe/content/vocabulary';
import type { Change, OpenState, TimetableSlot } from './model/opening-hours.js';
import { zoneOffset } from './model/zoned-time.js';

/**
 * "Open now, closes at 20:00", "Closed, opens Monday at 09:00": a line's state in the reader's
 * words, with times on the helpline's own clock. When the reader's clock shows another time,
 * the zone is named ("20:00 CET") so nobody calls an hour early.
 */
export function openStateText(state: OpenState, locale: Locale, now: number | null): string {
  switch (state.kind) {
    case 'always':
      return msg('Open 24 hours a day, 7 days a week', { id: 'finder.hours.always' });
    case 'varies':
      return msg('Opening hours depend on the country', {
        id: 'finder.hours.varies',
        desc: 'An EU-wide number whose hours are set by each national operator.',
      });
    case 'unstated':
      return msg('Hours not stated by the source', { id: 'finder.hours.unstated', desc: 'A line whose sources give no opening hours.' });
    case 'timetable':
      return msg(str`Hours: ${timetableText(state.slots, state.timeZone, locale)}`, {
        id: 'finder.hours.timetable',
        desc: 'Weekly hours as the line states them, shown before the reader’s clock is known, e.g. "Hours: Mon–Fri 09:00–20:00 (Central European Time)".',
      });
    case 'open': {
      const time = formatTime(state.closes, locale, now);
      if (state.closes.daysAhead === 0) return msg(str`Open now, closes at ${time}`, { id: 'finder.hours.closes-today' });
      if (state.closes.daysAhead === 1) return msg(str`Open now, closes tomorrow at ${time}`, { id: 'finder.hours.closes-tomorrow' });
      const day = formatWeekday(state.closes, locale);
      return msg(str`Open now, closes ${day} at ${time}`, {
        id: 'finder.hours.closes-day',
        desc: 'The day is a weekday name, e.g. "Open now, closes Monday at 08:00".',
      });
    }
    case 'closed': {
      const time = formatTime(state.opens, locale, now);
      if (state.opens.daysAhead === 0) return msg(str`Closed, opens at ${time}`, { id: 'finder.hours.opens-today' });
      if (state.opens.daysAhead === 1) return msg(str`Closed, opens tomorrow at ${time}`, { id: 'finder.hours.opens-tomorrow' });
      const day = formatWeekday(state.opens, locale);
      return msg(str`Closed, opens ${day} at ${time}`, {
        id: 'finder.hours.opens-day',
        desc: 'The day is a weekday name, e.g. "Closed, opens Monday at 09:00".',
      });
    }
  }
}

/** "Mon–Fri 09:00–20:00; Sat 10:00–13:00 (Central European Time)": the hours on the line's own clock. */
function timetableText(slots: readonly TimetableSlot[], timeZone: string, locale: Locale): string {
  // 5 January 2026 is a Monday: day names come from Intl, in the reader's language.
  const monday = Date.UTC(2026, 0, 5, 12);
  const day = (d: Day) => dateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' }).format(monday + DAYS.indexOf(d) * 86_400_000);
  const range = (run: Day[]) => (run.length === 1 ? day(run[0]!) : `${day(run[0]!)}–${day(run[run.length - 1]!)}`);
  const runs = (slot: TimetableSlot) =>
    slot.runs[0]?.length === DAYS.length
      ? msg('every day', { id: 'finder.hours.every-day', desc: 'Before opening times that apply all week: "Hours: every day 09:00–23:00".' })
      : slot.runs.map(range).join(', ');
  const zone =
    dateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(monday)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return `${slots.map((slot) => `${runs(slot)} ${slot.open}–${slot.close}`).join('; ')} (${zone})`;
}

function formatTime(change: Change, locale: Locale, now: number | null): string {
  // The reader's own zone, as the browser knows it; nothing is sent anywhere.
  const readerZone = dateTimeFormat(undefined).resolvedOptions().timeZone;
  const at = now ?? change.instant;
  const sameClock = zoneOffset(at, readerZone) === zoneOffset(at, change.timeZone);
  return dateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: change.timeZone,
    ...(!sameClock && { timeZoneName: 'shortOffset' }),
  }).format(change.instant);
}

function formatWeekday(change: Change, locale: Locale): string {
  return dateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: change.timeZone }).format(change.instant);
}
