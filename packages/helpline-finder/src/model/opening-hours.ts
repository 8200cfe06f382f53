import type { Availability, Channel, Helpline, PublicHolidays } from '@childrensafe/content';
import { DAYS, type Day } from '@childrensafe/content/vocabulary';
import { addDays, daysBetween, instantAt, wallTime } from './zoned-time.js';

/** A moment the line opens or closes, with what a reader needs to say it. */
export interface Change {
  instant: number;
  /** The helpline's zone, to show the time as its own clocks read it. */
  timeZone: string;
  /** 0 today, 1 tomorrow… in the helpline's zone. */
  daysAhead: number;
}

/** A slot of a weekly timetable, its days as runs of consecutive days (Monday to Friday, Sunday). */
export interface TimetableSlot {
  runs: Day[][];
  open: string;
  close: string;
}

/**
 * Whether a line is open at an instant. `always`: round the clock (weekly hours with no gap
 * count too). `varies`: the hours depend on the national operator, so nothing can be said.
 * `unstated`: the sources give no hours. `open` says when it closes, `closed` when it opens.
 * `timetable`: no clock to read (a page rendered on a server, ahead of the reader's visit), so
 * the weekly hours themselves, never an "open now" that would be the server's time.
 */
export type OpenState =
  | { kind: 'always' }
  | { kind: 'varies' }
  | { kind: 'unstated' }
  | { kind: 'open'; closes: Change }
  | { kind: 'closed'; opens: Change }
  | { kind: 'timetable'; slots: TimetableSlot[]; timeZone: string };

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
/**
 * Slots are laid out from yesterday (a night slot begun then may still be open) to this many
 * days ahead: every weekly slot then falls at least once after now.
 */
const HORIZON_DAYS = 8;
const WEEK = 7 * DAY_MINUTES * MINUTE;

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

type Weekly = Extract<Availability, { type: 'weekly' }>;

const isoDate = (date: { year: number; month: number; day: number }): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/**
 * The open intervals from yesterday to the horizon, as instants, merged where they touch. A
 * closed date (a public holiday) has no slot that starts on it, on the helpline's own calendar.
 */
function openIntervals(availability: Weekly, now: number): [number, number][] {
  const { timeZone } = availability;
  const closedDates = new Set(availability.closed?.dates);
  const today = wallTime(now, timeZone);
  const intervals: [number, number][] = [];
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    const date = addDays(today, offset);
    if (closedDates.has(isoDate(date))) continue;
    const day = DAYS[(((today.weekday + offset) % 7) + 7) % 7]!;
    for (const slot of availability.hours) {
      if (!slot.days.includes(day)) continue;
      const open = minutesOf(slot.open);
      // A slot that closes at or before it opens runs past midnight.
      const close = minutesOf(slot.close) + (minutesOf(slot.close) <= open ? DAY_MINUTES : 0);
      intervals.push([instantAt(date, open, timeZone), instantAt(date, close, timeZone)]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}

function change(instant: number, now: number, timeZone: string): Change {
  return { instant, timeZone, daysAhead: daysBetween(wallTime(now, timeZone), wallTime(instant, timeZone)) };
}

function weeklyState(availability: Weekly, now: number): OpenState {
  const intervals = openIntervals(availability, now);
  const current = intervals.find(([start, end]) => start <= now && now < end);
  // Open for a week without a break, a weekly timetable never closes.
  if (current) return current[1] - now >= WEEK ? { kind: 'always' } : { kind: 'open', closes: change(current[1], now, availability.timeZone) };
  const next = intervals.find(([start]) => start > now);
  // Validation guarantees a slot on some day, which falls within the horizon.
  return next ? { kind: 'closed', opens: change(next[0], now, availability.timeZone) } : { kind: 'varies' };
}

/**
 * Results depend only on the hours and the minute, and a directory repeats the same hours
 * across many lines: they are worked out once per minute for each set of hours.
 */
const cache = new Map<string, OpenState>();
let cacheMinute = NaN;

/** Days in week order, cut into runs of consecutive days: mon tue wed fri → [mon–wed], [fri]. */
export function dayRuns(days: readonly Day[]): Day[][] {
  const runs: Day[][] = [];
  for (const day of DAYS.filter((d) => days.includes(d))) {
    const run = runs[runs.length - 1];
    if (run && DAYS.indexOf(run[run.length - 1]!) === DAYS.indexOf(day) - 1) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** The state of a line at `now`; with no clock (`null`), its weekly timetable. */
export function openState(availability: Availability, now: number | null): OpenState {
  if (availability.type !== 'weekly') return { kind: availability.type };
  if (now === null) {
    return {
      kind: 'timetable',
      slots: availability.hours.map((slot) => ({ runs: dayRuns(slot.days), open: slot.open, close: slot.close })),
      timeZone: availability.timeZone,
    };
  }
  const minute = Math.floor(now / MINUTE);
  if (minute !== cacheMinute) {
    cache.clear();
    cacheMinute = minute;
  }
  const key = JSON.stringify(availability);
  let state = cache.get(key);
  if (!state) {
    state = weeklyState(availability, minute * MINUTE);
    cache.set(key, state);
  }
  return state;
}

/**
 * The lines with their public holidays written in: a timetable closed on public holidays gets
 * its country's dates among its closed dates, so `openState` needs nothing else. A country
 * whose holidays the directory does not list keeps its timetable (the widget still says the
 * line closes on public holidays).
 */
export function withPublicHolidays(helplines: readonly Helpline[], holidays: readonly PublicHolidays[] | undefined): Helpline[] {
  if (!holidays?.length) return [...helplines];
  const byCountry = new Map(holidays.map((list) => [list.country, list.dates]));
  const resolve = <A extends Availability>(availability: A, country: string): A => {
    const dates = availability.type === 'weekly' && availability.closed?.publicHolidays ? byCountry.get(country) : undefined;
    if (!dates || availability.type !== 'weekly') return availability;
    return { ...availability, closed: { ...availability.closed, dates: [...(availability.closed?.dates ?? []), ...dates] } };
  };
  return helplines.map((h) => ({
    ...h,
    availability: resolve(h.availability, h.country),
    channels: h.channels.map((c) => (c.availability ? { ...c, availability: resolve(c.availability, h.country) } : c)),
  }));
}

/** Whether a timetable skips public holidays, for the line to say so. */
export function closesOnPublicHolidays(availability: Availability): boolean {
  return availability.type === 'weekly' && availability.closed?.publicHolidays === true;
}

/** A channel answers on its own hours when it has some, else on the line's. */
export function channelState(helpline: Helpline, channel: Channel, now: number | null): OpenState {
  return openState(channel.availability ?? helpline.availability, now);
}

/** Whether someone can be reached now on the line or on one of its channels (never known without a clock). */
export function isOpenNow(helpline: Helpline, now: number | null): boolean {
  const states = [openState(helpline.availability, now), ...helpline.channels.map((channel) => channelState(helpline, channel, now))];
  return states.some((state) => state.kind === 'always' || state.kind === 'open');
}
