/**
 * The fixed words of the content model, as plain constants. Widgets import them from
 * `@childrensafe/content/vocabulary`, which carries no schema code, so a page that shows
 * slotted content never downloads the validator.
 */

/** The languages content is written in. English is the source and is required. */
export const CONTENT_LANGUAGES = ['en', 'fr', 'es', 'el', 'it'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** The kinds of document, as written in their `kind` field. */
export const KINDS = ['module', 'quiz', 'indicator-set', 'helpline-directory'] as const;
export type Kind = (typeof KINDS)[number];

/** How much a training module expects of its learners. */
export const LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export type ModuleLevel = (typeof LEVELS)[number];

/** Single choice (radios), multiple choice (checkboxes), true or false. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One point per question answered fully right, or one point per option judged right. */
export const SCORING = ['per-question', 'per-option'] as const;
export type Scoring = (typeof SCORING)[number];

/** What a helpline is for. */
export const TOPICS = [
  'sexual-exploitation',
  'abuse',
  'missing-children',
  'emergency',
  'online-safety',
  /** Reporting child sexual abuse material seen online (hotlines such as INHOPE members). */
  'abuse-material',
  'advice-professionals',
  'parents',
  'mental-health',
  'trafficking',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Who a helpline answers. */
export const AUDIENCES = ['children', 'adults', 'professionals'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** `form`: a web page where a report is filled in (a hotline's reporting form). */
export const CHANNEL_TYPES = ['phone', 'sms', 'chat', 'email', 'whatsapp', 'form'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const COSTS = ['free', 'standard-rate', 'unknown'] as const;
export type Cost = (typeof COSTS)[number];

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** The steps a concern band of an indicator set can ask for. */
export const ACTIONS = ['record', 'talk-to-safeguarding-lead', 'call-national-line', 'call-112'] as const;
export type Action = (typeof ACTIONS)[number];

/** User-assigned codes (AA, QM–QZ, XA–XZ, ZZ) name no country. */
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;
let regionNames: Intl.DisplayNames | undefined;

/**
 * An ISO 3166-1 alpha-2 country code, in capitals, that the platform knows (it has a name
 * for it). `EU` is not a country: a helpline directory uses it for the EU-wide lines.
 */
export function isCountryCode(code: string): boolean {
  regionNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  return /^[A-Z]{2}$/.test(code) && !USER_ASSIGNED.test(code) && code !== 'EU' && regionNames.of(code) !== code;
}

/**
 * The concern score of some indicators: their weights added up (1 each in a set without
 * weights), rounded to two decimals because weights such as 0.1 add up with floating-point
 * noise. The checklist scores the ticked indicators with it and the validator the highest
 * reachable score, so both agree on which bands can be reached.
 */
export function concernScoreOf(indicators: Iterable<{ weight?: number }>): number {
  let score = 0;
  for (const indicator of indicators) score += indicator.weight ?? 1;
  return Math.round(score * 100) / 100;
}
