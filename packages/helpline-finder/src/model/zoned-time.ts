/**
 * Wall-clock time in an IANA time zone, from `Intl` alone: a helpline's hours are written in
 * its own zone ("09:00 to 20:00, Europe/Paris"), whatever the reader's clock says, and the
 * days clocks change must come out right.
 */

/** A calendar day in some zone. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** What a clock on the wall in a zone shows at an instant. `weekday` 0 is Monday. */
export interface WallTime extends LocalDate {
  weekday: number;
  /** Minutes since local midnight, 0 to 1439. */
  minutes: number;
}

const MINUTE = 60_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function wallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Minutes the zone is ahead of UTC at an instant (+60 in Paris in winter, +180 in Athens in summer). */
export function zoneOffset(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / MINUTE) * MINUTE;
  const wall = wallTime(floored, timeZone);
  return (Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes) - floored) / MINUTE;
}

/** The day `days` after `date` (negative: before), as a calendar reckons. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/**
 * The instant a zone's clocks show `minutes` after midnight on `date` (1440 is the next
 * midnight). A time skipped when clocks go forward (02:30 on the last Sunday of March in
 * Paris) never shows: it is taken as the moment the clocks jump. A time shown twice when
 * they go back is taken the first time.
 */
export function instantAt(date: LocalDate, minutes: number, timeZone: string): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // The zone's offset is one of those around that time; try the earlier one first.
  const before = zoneOffset(asUtc - 86_400_000 / 2, timeZone);
  const after = zoneOffset(asUtc + 86_400_000 / 2, timeZone);
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = asUtc - offset * MINUTE;
    if (zoneOffset(candidate, timeZone) === offset) return candidate;
  }
  // Skipped: the clocks jump at the last minute whose offset is still the earlier one.
  let low = asUtc - Math.max(before, after) * MINUTE;
  let high = asUtc - Math.min(before, after) * MINUTE;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (zoneOffset(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}
