import * as v from 'valibot';
import { calendarDate, countryCode, documentHead, httpsUrl, id, localizedText, source, uniqueIds } from '../localized-text.js';
import { AUDIENCES, COSTS, DAYS, TOPICS, isCountryCode } from '../vocabulary.js';

/** ISO 3166-1 alpha-2 as the platform knows it (user-assigned codes refused), or EU-wide. */
const country = v.pipe(
  v.string(),
  v.check((code) => code === 'EU' || isCountryCode(code), 'expected an ISO 3166-1 alpha-2 country code in capitals, or EU'),
);

const timeZone = v.pipe(
  v.string(),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'expected an IANA time zone such as Europe/Paris'),
);

const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time as HH:MM'));

/** Opening hours. `close` before `open` means the slot runs past midnight into the next day. */
const slot = v.pipe(
  v.strictObject({ days: v.pipe(v.array(v.picklist(DAYS)), v.minLength(1, 'expected at least 1 day')), open: time, close: time }),
  v.check((s) => s.open !== s.close, 'expected a slot whose opening and closing times differ (use "always" for round the clock)'),
);

/**
 * Days a weekly timetable does not apply: the country's public holidays (the directory lists
 * them, with their source), and any other dates the operator names.
 */
const closed = v.pipe(
  v.strictObject({ publicHolidays: v.optional(v.boolean()), dates: v.optional(v.array(calendarDate)) }),
  v.check((c) => c.publicHolidays === true || (c.dates?.length ?? 0) > 0, 'expected "publicHolidays": true or at least 1 date'),
);

export const availabilitySchema = v.variant('type', [
  v.strictObject({ type: v.literal('always') }),
  /** An EU-wide number whose hours depend on the national operator: the country entries say. */
  v.strictObject({ type: v.literal('varies') }),
  /** The sources give no hours: the widget says so, and never counts the line as open now. */
  v.strictObject({ type: v.literal('unstated') }),
  v.strictObject({
    type: v.literal('weekly'),
    timeZone,
    hours: v.pipe(v.array(slot), v.minLength(1, 'expected at least 1 opening slot')),
    closed: v.optional(closed),
  }),
]);

/** A number as dialled: digits, with a leading + for international numbers (3 to 15 digits). */
const dial = v.pipe(v.string(), v.regex(/^\+?[0-9]{3,15}$/, 'expected a number as dialled: digits only, optionally starting with +'));
const display = v.pipe(v.string(), v.trim(), v.nonEmpty('expected the number as displayed'));
const own = { availability: v.optional(availabilitySchema) };

export const channelSchema = v.variant('type', [
  v.strictObject({ type: v.literal('phone'), dial, display, ...own }),
  v.strictObject({ type: v.literal('sms'), dial, display, ...own }),
  v.strictObject({ type: v.literal('whatsapp'), dial: v.pipe(dial, v.startsWith('+', 'expected an international number (+…) for WhatsApp')), display, ...own }),
  v.strictObject({ type: v.literal('chat'), url: httpsUrl, ...own }),
  v.strictObject({ type: v.literal('email'), address: v.pipe(v.string(), v.email('expected an email address')), ...own }),
  v.strictObject({ type: v.literal('form'), url: httpsUrl, ...own }),
]);

export const helplineSchema = v.strictObject({
  id,
  country,
  name: localizedText,
  description: localizedText,
  channels: v.pipe(v.array(channelSchema), v.minLength(1, 'expected at least 1 contact channel')),
  topics: v.pipe(v.array(v.picklist(TOPICS)), v.minLength(1, 'expected at least 1 topic')),
  audience: v.pipe(v.array(v.picklist(AUDIENCES)), v.minLength(1, 'expected at least 1 audience')),
  /**
   * Languages spoken, as BCP 47 tags; `varies` for an EU-wide number, answered in each country
   * by its own operator in its own languages.
   */
  languages: v.union(
    [
      v.literal('varies'),
      v.pipe(
        v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as fr'))),
        v.minLength(1, 'expected at least 1 language'),
      ),
    ],
    'expected a list of language tags, or "varies"',
  ),
  cost: v.picklist(COSTS),
  availability: availabilitySchema,
  /** Where the entry was checked, and when: a number is only shown with its source. */
  source,
  /** Disagreements between sources, restrictions, anything a reader should know. */
  notes: v.optional(localizedText),
});

/** A country's public holidays, as dates, with the law or the page that lists them. */
const publicHolidays = v.strictObject({
  country: countryCode,
  dates: v.pipe(v.array(calendarDate), v.minLength(1, 'expected at least 1 date')),
  source,
});

/** The helplines a finder can show, by country, and the public holidays their hours skip. */
export const helplineDirectorySchema = v.strictObject({
  ...documentHead('helpline-directory'),
  id,
  helplines: v.pipe(v.array(helplineSchema), v.minLength(1, 'expected at least 1 helpline'), uniqueIds('helpline')),
  publicHolidays: v.optional(
    v.pipe(
      v.array(publicHolidays),
      v.check((lists) => new Set(lists.map((l) => l.country)).size === lists.length, 'expected one list of public holidays per country'),
    ),
  ),
});

export type Availability = v.InferOutput<typeof availabilitySchema>;
export type Channel = v.InferOutput<typeof channelSchema>;
export type Helpline = v.InferOutput<typeof helplineSchema>;
export type HelplineDirectory = v.InferOutput<typeof helplineDirectorySchema>;
export type PublicHolidays = NonNullable<HelplineDirectory['publicHolidays']>[number];
