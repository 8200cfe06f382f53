import type { Helpline, LocalizedText } from '@childrensafe/content';
import { AUDIENCES, CHANNEL_TYPES, TOPICS, type Audience, type ChannelType, type Topic } from '@childrensafe/content/vocabulary';
import { isOpenNow } from './opening-hours.js';
import { foldForSearch, queryWords } from './search-text.js';

/** What the reader narrowed the list to. An empty string is "any". */
export interface Filters {
  query: string;
  topic: Topic | '';
  audience: Audience | '';
  channel: ChannelType | '';
  openNow: boolean;
}

export const NO_FILTERS: Readonly<Filters> = Object.freeze({ query: '', topic: '', audience: '', channel: '', openNow: false });

/** A filter in use, to say which ones emptied a list. */
export type ActiveFilter =
  | { kind: 'query'; text: string }
  | { kind: 'topic'; value: Topic }
  | { kind: 'audience'; value: Audience }
  | { kind: 'channel'; value: ChannelType }
  | { kind: 'openNow' };

/** The filters in use, in the order the form shows them; a blank search is not one. */
export function activeFilters(filters: Filters): ActiveFilter[] {
  const { query, topic, audience, channel, openNow } = filters;
  const active: ActiveFilter[] = [];
  if (query.trim()) active.push({ kind: 'query', text: query.trim() });
  if (topic) active.push({ kind: 'topic', value: topic });
  if (audience) active.push({ kind: 'audience', value: audience });
  if (channel) active.push({ kind: 'channel', value: channel });
  if (openNow) active.push({ kind: 'openNow' });
  return active;
}

export function hasFilters(filters: Filters): boolean {
  return activeFilters(filters).length > 0;
}

/**
 * What a menu offers: the values the lines have, and the reader's choice even when a new
 * country's lines lack it, so nothing they picked is lost (the empty list then says why).
 */
export function offered<T extends string>(values: readonly T[], current: T | ''): T[] {
  return current && !values.includes(current) ? [...values, current] : [...values];
}

/** A helpline ready to be searched: its text folded once, not on every keystroke. */
export interface IndexedHelpline {
  helpline: Helpline;
  text: string;
}

/** The lines of one country in the reader's language, in the order they are listed. */
export interface HelplineIndex {
  /** 112, shown first and apart from the list, whatever the filters. */
  emergency: Helpline | undefined;
  /** The other lines, in the reader's collation of their names. */
  entries: IndexedHelpline[];
  /** True when the country has no national line, so the EU-wide ones are listed instead. */
  euWide: boolean;
  /** What the filters can offer: the values the listed lines have, in vocabulary order. */
  topics: Topic[];
  audiences: Audience[];
  channels: ChannelType[];
}

const EU = 'EU';

/** The emergency number: a line whose phone number is 112. */
export function isEmergencyNumber(helpline: Helpline): boolean {
  return helpline.channels.some((channel) => channel.type === 'phone' && channel.dial === '112');
}

/**
 * The lines to show for a country: its national lines, or the EU-wide ones when it has none
 * (or no country is known yet); 112 apart. Sorting and folding happen here, once per
 * directory, country and language, so that filtering is a scan of prepared strings.
 *
 * `text` picks a content text in the reader's language, as the widget shows it: the search
 * looks at what the reader can see.
 */
export function indexHelplines(
  helplines: readonly Helpline[],
  country: string | null,
  text: (value: LocalizedText) => string,
  collator: Intl.Collator,
): HelplineIndex {
  const emergency = helplines.find((h) => isEmergencyNumber(h) && h.country === country) ?? helplines.find((h) => isEmergencyNumber(h) && h.country === EU);
  const national = country ? helplines.filter((h) => h.country === country && h !== emergency) : [];
  const euWide = national.length === 0;
  const listed = euWide ? helplines.filter((h) => h.country === EU && h !== emergency) : national;
  const entries = listed
    .map((helpline) => ({ helpline, name: text(helpline.name) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ helpline, name }) => ({ helpline, text: foldForSearch([name, text(helpline.description), ...numbers(helpline)].join(' ')) }));
  const present = <T extends string>(all: readonly T[], of: (h: Helpline) => readonly T[]): T[] =>
    all.filter((value) => listed.some((h) => of(h).includes(value)));
  return {
    emergency,
    entries,
    euWide,
    topics: present(TOPICS, (h) => h.topics),
    audiences: present(AUDIENCES, (h) => h.audience),
    channels: present(CHANNEL_TYPES, (h) => h.channels.map((c) => c.type)),
  };
}

/** Numbers as written and as dialled, so "116 000" and "116000" both find the line. */
function numbers(helpline: Helpline): string[] {
  return helpline.channels.flatMap((channel) => ('dial' in channel ? [channel.display, channel.dial] : []));
}

/** The lines that pass every filter, in the index's order. */
export function filterHelplines(index: HelplineIndex, filters: Filters, now: number | null): Helpline[] {
  const words = queryWords(filters.query);
  const { topic, audience, channel, openNow } = filters;
  const results: Helpline[] = [];
  for (const { helpline, text } of index.entries) {
    if (topic && !helpline.topics.includes(topic)) continue;
    if (audience && !helpline.audience.includes(audience)) continue;
    if (channel && !helpline.channels.some((c) => c.type === channel)) continue;
    if (!words.every((word) => text.includes(word))) continue;
    // Without a clock (a server render) "open now" cannot be told: the filter waits for one.
    if (openNow && now !== null && !isOpenNow(helpline, now)) continue;
    results.push(helpline);
  }
  return results;
}
