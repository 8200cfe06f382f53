import { html, type TemplateResult } from 'lit';
import { dateTimeFormat } from './intl-cache.js';
import { msg, str } from './localize.js';
import { intlLocale, type Locale } from './locales.js';

/** Where a fact was checked and when, as content documents carry it. */
export interface CheckedSource {
  url: string;
  /** YYYY-MM-DD. */
  checked: string;
}

/** The site a source is on, as a reader recognises it: `www.service-public.fr` → service-public.fr. */
export function sourceSite(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * "Checked on 22 November 2026 · Source: service-public.fr": every number, route and law a
 * widget shows comes with the page it was checked against, named by its site so that several
 * sources read apart. The link sends no referrer: the reader's page stays private.
 */
export function renderSource(source: CheckedSource, locale: Locale): TemplateResult {
  // The date is a calendar date, not an instant: read and shown in UTC so no zone shifts it.
  const checked = dateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${source.checked}T00:00:00Z`));
  return html`<time datetime=${source.checked}>${msg(str`Checked on ${checked}`, { id: 'core.source.checked', desc: 'When a fact (a helpline, a reporting route) was last checked against its source, e.g. "Checked on 22 November 2026".' })}</time>
    · <a href=${source.url} rel="noreferrer" referrerpolicy="no-referrer">${msg(str`Source: ${sourceSite(source.url)}`, { id: 'core.source.site', desc: 'Link to the page a fact was checked against, named by its website, e.g. "Source: service-public.fr".' })}</a>`;
}
