/** Filters one at a time and combined, on the shipped directory; which lines a country gets; contact links. */
import { describe, expect, it } from 'vitest';
import type { Channel, Helpline, HelplineDirectory, LocalizedText } from '@childrensafe/content';
import { helplineDirectories } from '@childrensafe/content/helplines';
import { NO_FILTERS, activeFilters, filterHelplines, hasFilters, indexHelplines, offered, type Filters } from '../src/model/helpline-search.js';
import { contactHref, copyableText } from '../src/model/contact-link.js';

const parsed = helplineDirectories.parse(await helplineDirectories.loadBuiltin('europe', 'en'));
if (!parsed.ok) throw new Error('the shipped directory is invalid');
const lines = (parsed.value as HelplineDirectory).helplines;
const en = (text: LocalizedText) => text.en;
const index = (country: string | null) => indexHelplines(lines, country, en, new Intl.Collator('en'));
const ids = (country: string | null, filters: Partial<Filters>, now = Date.parse('2026-11-25T10:00:00Z')) =>
  filterHelplines(index(country), { ...NO_FILTERS, ...filters }, now).map((h) => h.id);

describe('the lines of a country', () => {
  it('a country with lines: its own, 112 apart', () => {
    const fr = index('FR');
    expect(fr.emergency?.id).toBe('eu-112');
    expect(fr.euWide).toBe(false);
    expect(fr.entries.map((e) => e.helpline.id)).toEqual(['fr-116000', 'fr-119', 'fr-3018', 'fr-masecurite-minors', 'fr-pharos', 'fr-point-de-contact']);
  });

  it('a country without lines, or none chosen: the EU-wide lines, and says so', () => {
    for (const country of ['BE', null]) {
      const view = index(country);
      expect(view.euWide).toBe(true);
      expect(view.emergency?.id).toBe('eu-112');
      expect(view.entries.map((e) => e.helpline.id)).toEqual(['eu-116000', 'eu-116111']);
    }
  });

  it('offers only the filters the lines listed can pass', () => {
    const gr = index('GR');
    expect(gr.topics).toEqual([
      'sexual-exploitation',
      'abuse',
      'missing-children',
      'online-safety',
      'abuse-material',
      'advice-professionals',
      'parents',
      'mental-health',
      'trafficking',
    ]);
    expect(gr.audiences).toEqual(['children', 'adults', 'professionals']);
    expect(gr.channels).toEqual(['phone', 'form']);
    expect(index('ES').channels).toEqual(['phone', 'email', 'whatsapp']);
  });
});

describe('filters', () => {
  it('none: every line', () => {
    expect(ids('IT', {})).toEqual(['it-114', 'it-116000', 'it-clicca-e-segnala', 'it-antitratta', 'it-19696']);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('by topic, by audience, by channel', () => {
    expect(ids('GR', { topic: 'trafficking' })).toEqual(['gr-116000', 'gr-1056']);
    expect(ids('GR', { audience: 'professionals' })).toEqual(['gr-116000', 'gr-saferinternet', 'gr-safeline', 'gr-1056']);
    expect(ids('ES', { channel: 'whatsapp' })).toEqual(['es-017']);
    expect(ids('ES', { channel: 'chat' })).toEqual([]);
  });

  it('open now, on the helpline’s own clock', () => {
    // Wednesday 25 November 2026: the Greek Safer Internet line answers 09:00–17:00 Athens time
    expect(ids('GR', { openNow: true }, Date.parse('2026-11-25T10:00:00Z'))).toContain('gr-saferinternet');
    expect(ids('GR', { openNow: true }, Date.parse('2026-11-25T16:00:00Z'))).not.toContain('gr-saferinternet');
    // 3018 answers 09:00–23:00 Paris time: not at 23:30; Point de Contact states no hours: never
    expect(ids('FR', { openNow: true }, Date.parse('2026-11-25T22:30:00Z'))).toEqual(['fr-116000', 'fr-119', 'fr-masecurite-minors', 'fr-pharos']);
    // 116 111's hours depend on the country: not "open now"
    expect(ids(null, { openNow: true })).toEqual(['eu-116000']);
  });

  it('combined: every filter must pass', () => {
    const sunday = Date.parse('2026-11-29T12:00:00Z');
    expect(ids('GR', { topic: 'parents', audience: 'adults' })).toEqual(['gr-saferinternet', 'gr-1056']);
    expect(ids('GR', { topic: 'parents', audience: 'adults', openNow: true }, sunday)).toEqual(['gr-1056']);
    expect(ids('GR', { topic: 'parents', audience: 'adults', query: 'internet' })).toEqual(['gr-saferinternet']);
    expect(ids('GR', { topic: 'parents', audience: 'adults', query: 'internet', openNow: true }, sunday)).toEqual([]);
    expect(ids('FR', { topic: 'abuse', audience: 'children', channel: 'phone', query: '119' })).toEqual(['fr-119']);
    expect(hasFilters({ ...NO_FILTERS, openNow: true })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, query: '  ' })).toBe(false);
  });
});

describe('contact links', () => {
  const channel = (c: object) => c as Channel;
  it('opens the dialler, the messages app, WhatsApp, the chat page or the mail client', () => {
    expect(contactHref(channel({ type: 'phone', dial: '119', display: '119' }))).toBe('tel:119');
    expect(contactHref(channel({ type: 'sms', dial: '+33612', display: '06 12' }))).toBe('sms:+33612');
    expect(contactHref(channel({ type: 'whatsapp', dial: '+34900116117', display: '900 116 117' }))).toBe('https://wa.me/34900116117');
    expect(contactHref(channel({ type: 'chat', url: 'https://3018.fr' }))).toBe('https://3018.fr');
    expect(contactHref(channel({ type: 'email', address: 'help@example.org' }))).toBe('mailto:help@example.org');
    expect(contactHref(channel({ type: 'form', url: 'https://www.safeline.gr' }))).toBe('https://www.safeline.gr');
  });

  it('copies the number as written or the address; a chat page has nothing to copy', () => {
    expect(copyableText(channel({ type: 'phone', dial: '116000', display: '116 000' }))).toBe('116 000');
    expect(copyableText(channel({ type: 'email', address: 'help@example.org' }))).toBe('help@example.org');
    expect(copyableText(channel({ type: 'chat', url: 'https://3018.fr' }))).toBeNull();
    expect(copyableText(channel({ type: 'form', url: 'https://www.safeline.gr' }))).toBeNull();
  });

  it('every shipped channel has a link the platform accepts, in the scheme its channel opens, with nothing missing', () => {
    const schemes = { phone: 'tel:', sms: 'sms:', whatsapp: 'https:', chat: 'https:', form: 'https:', email: 'mailto:' };
    for (const line of lines as Helpline[])
      for (const c of line.channels) {
        const href = contactHref(c);
        expect(new URL(href).protocol, `${line.id} ${c.type}`).toBe(schemes[c.type]);
        expect(href, `${line.id} ${c.type}`).not.toMatch(/undefined|null/);
      }
  });

  it('links a phone to the dialler and WhatsApp to its click-to-chat address, without the plus sign', () => {
    expect(contactHref(channel({ type: 'phone', dial: '116111', display: '116 111' }))).toBe('tel:116111');
    expect(contactHref(channel({ type: 'whatsapp', dial: '+306900000000', display: '+30 690 000 0000' }))).toBe('https://wa.me/306900000000');
  });
});

describe('filters in use, and what the menus offer', () => {
  it('lists the filters in use in the form’s order; a blank search is none', () => {
    expect(activeFilters(NO_FILTERS)).toEqual([]);
    expect(activeFilters({ ...NO_FILTERS, query: '   ' })).toEqual([]);
    expect(activeFilters({ query: ' xylophone ', topic: 'abuse', audience: 'children', channel: 'phone', openNow: true })).toEqual([
      { kind: 'query', text: 'xylophone' },
      { kind: 'topic', value: 'abuse' },
      { kind: 'audience', value: 'children' },
      { kind: 'channel', value: 'phone' },
      { kind: 'openNow' },
    ]);
  });

  it('a menu keeps the reader’s choice when the new country’s lines lack it', () => {
    expect(offered(index('GR').channels, 'whatsapp')).toEqual(['phone', 'form', 'whatsapp']);
    expect(offered(index('ES').channels, 'whatsapp')).toEqual(['phone', 'email', 'whatsapp']);
    expect(offered(index('ES').channels, '')).toEqual(['phone', 'email', 'whatsapp']);
    expect(offered(index('ES').channels, 'form')).toEqual(['phone', 'email', 'whatsapp', 'form']);
  });
});
