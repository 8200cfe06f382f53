import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  ContentController,
  ContentElement,
  ReaderCountry,
  baseStyles,
  collator,
  displayNames,
  listFormat,
  formatNumber,
  headingLevel,
  intlLocale,
  msg,
  panelStyles,
  pickText,
  plural,
  registerTranslations,
  str,
  type Locale,
} from '@childrensafe/core';
import type { Channel, ContentKind, Helpline, HelplineDirectory } from '@childrensafe/content';
import { translations } from './generated/translations.js';
import { contactHref } from './model/contact-link.js';
import { CountAnnouncement } from './model/count-announcement.js';
import { countryChoices } from './model/country-choices.js';
import { lastResult } from './model/last-result.js';
import { Paging } from './model/paging.js';
import {
  NO_FILTERS,
  activeFilters,
  filterHelplines,
  indexHelplines,
  offered,
  type ActiveFilter,
  type Filters,
  type HelplineIndex,
} from './model/helpline-search.js';
import { withPublicHolidays } from './model/opening-hours.js';
import { renderEntry, type EntryContext } from './entry-template.js';
import { renderFilters } from './filters-template.js';
import { audienceLabel, channelLabel, topicLabel } from './labels.js';
import { finderStyles } from './helpline-finder.styles.js';

import './helpline-finder-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'cs-helpline-finder': CsHelplineFinder;
  }
}

/**
 * The helplines of the reader's country: 112 first and apart, then the national lines with
 * whether each is open now on its own clock, filters (topic, audience, channel, open now) and
 * a search that ignores accents. A country with no line listed gets the EU-wide numbers.
 *
 * The country comes from the reader's choice, the `country` attribute or the region of the
 * page's language; never from geolocation or an IP look-up. Nothing is stored or sent:
 * `cs-helpline-finder-contact` tells the host page a link was used, and the host decides.
 *
 * @tag cs-helpline-finder
 * @fires cs-helpline-finder-contact - A contact link was used: `{ helpline, channel, country }`.
 * @fires cs-helpline-contact - Deprecated: the old name of `cs-helpline-finder-contact`, fired too until the next minor version.
 * @fires cs-error - The content could not be used, or `country` is not a country code.
 * @csspart finder - The widget's box.
 * @csspart emergency - The 112 block, always first.
 * @csspart filters - The search form.
 * @csspart entry - One helpline.
 * @csspart contact - A contact link (call, text, chat, email).
 * @csspart button - Every button.
 * @csspart error - The message shown when the content cannot be used.
 */
export class CsHelplineFinder extends ContentElement<HelplineDirectory> {
  static override styles = [baseStyles, panelStyles, finderStyles];

  static override properties: PropertyDeclarations = {
    directory: { type: String, reflect: true },
    src: { type: String, reflect: true },
    content: { attribute: false },
    country: { type: String, reflect: true },
    now: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static {
    registerTranslations(translations);
  }

  /** Id of a built-in helpline directory of `@childrensafe/content` (`europe`, the default). */
  declare directory: string;
  /** URL of a helpline directory JSON document (loaded whole). */
  declare src: string | null;
  /** A helpline directory as an object. */
  declare content: unknown;
  /** ISO 3166-1 alpha-2 code of the country to show, when the page knows it. */
  declare country: string | null;
  /** A fixed clock (ISO 8601 date and time), for demonstrations and tests; the real time otherwise. */
  declare now: string | null;
  /** Level of the title heading (2 to 6); each line's name is one level below. */
  declare headingLevel: number;

  private filters: Filters = { ...NO_FILTERS };
  /** The country the reader picked: it wins over what the page says. In memory only. */
  private choice: string | null = null;
  private readonly paging = new Paging();
  private announcement = '';
  private copied: string | null = null;
  private copyFailed: string | null = null;
  /** Countries the built-in directory ships, known once its kind is loaded. */
  private shippedCountries: readonly string[] = [];
  /** Worked out once per update: the country, and with the lines in, what the filters leave. */
  private readonly readerCountry = new ReaderCountry(this);
  private view?: { directory: HelplineDirectory; index: HelplineIndex; now: number | null; results: Helpline[] };
  private clock?: ReturnType<typeof setInterval>;
  private readonly countAnnouncement = new CountAnnouncement(() => this.requestUpdate());

  /** The directory indexed for searching, once per directory, country and language. */
  private readonly indexFor = lastResult((directory: HelplineDirectory, country: string | null, locale: Locale): HelplineIndex => {
    // Public holidays are written into the timetables here, once, too.
    const helplines = withPublicHolidays(directory.helplines, directory.publicHolidays);
    return indexHelplines(helplines, country, (text) => pickText(text, locale).text, collator(intlLocale(locale)));
  });

  /** The countries with lines: those of the directory loaded and, built in, those shipped. */
  private readonly countriesOf = lastResult(
    (directory: HelplineDirectory, shipped: readonly string[]) => new Set([...directory.helplines.map((h) => h.country), ...shipped]),
  );

  protected readonly source = new ContentController<HelplineDirectory>(
    this,
    'helpline-directory',
    () =>
      import('@childrensafe/content/helplines').then((m) => {
        this.shippedCountries = m.helplineDirectories.builtinParts(this.directory);
        return m.helplineDirectories as ContentKind<HelplineDirectory>;
      }),
    () => {
      // A built-in directory loads the EU-wide part and the country's, nothing else.
      const { country } = this.readerCountry.resolved;
      return { content: this.content, src: this.src, builtin: this.directory, parts: country ? ['EU', country] : ['EU'] };
    },
  );

  constructor() {
    super();
    this.directory = 'europe';
    this.src = null;
    this.country = null;
    this.now = null;
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The country first: which parts of the directory load depends on it.
    this.readerCountry.update({ choice: this.choice, attribute: this.country });
    super.willUpdate(changed);
    const directory = this.loaded;
    if (directory) {
      const index = this.indexFor(directory, this.readerCountry.resolved.country, this.locale);
      const now = this.clockTime;
      this.view = { directory, index, now, results: filterHelplines(index, this.filters, now) };
    } else {
      this.view = undefined;
    }
    if (this.view && this.countAnnouncement.take(!this.source.pending)) this.announcement = this.countText(this.view.results.length);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first render shows timetables (no clock yet); the live state follows at once.
    void this.updateComplete.then(() => this.now || this.requestUpdate());
    // "Open now" follows the clock while the page is open.
    this.clock = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.countAnnouncement.cancel();
  }

  // Attributes only set what a server renders and a control starts with; the live values
  // follow the finder's state after every render, "Clear filters" included.
  protected override updated(): void {
    for (const control of this.renderRoot.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')) {
      const name = control.dataset.filter as keyof Filters | 'country';
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = this.filters.openNow;
      else if (name === 'country') control.value = this.readerCountry.resolved.country ?? '';
      else if (control.value !== this.filters[name]) control.value = String(this.filters[name]);
    }
  }

  /**
   * The time "open now" is told at: `now` when the page fixes it, else the reader's clock. The
   * first render has none: on a server, the clock would be the server's, and the page is read
   * later. It shows each line's timetable, and the next render (at once, in the browser) the
   * live state, so that hydration meets the same HTML the server wrote.
   */
  private get clockTime(): number | null {
    const fixed = this.now ? Date.parse(this.now) : NaN;
    if (!Number.isNaN(fixed)) return fixed;
    return this.hasUpdated ? Date.now() : null;
  }

  /** The lines found changed: back to one page, and their count announced (after a pause when typing). */
  private linesChanged(typing = false): void {
    this.paging.reset();
    this.countAnnouncement.schedule(typing);
    this.requestUpdate();
  }

  private setFilter(change: Partial<Filters>, typing = false): void {
    this.filters = { ...this.filters, ...change };
    this.linesChanged(typing);
  }

  private readonly onCountry = (code: string) => {
    this.choice = code || null;
    this.linesChanged();
  };

  private readonly onClear = () => {
    this.filters = { ...NO_FILTERS };
    this.linesChanged();
    // The button pressed may be gone: the search field is where filtering starts again.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[data-filter="query"]')?.focus());
  };

  private readonly onMore = () => {
    const first = this.paging.more();
    this.requestUpdate();
    // Focus moves to the first line added, so a keyboard user reads on from there.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.entry > article')[first]?.focus());
  };

  private countText(count: number): string {
    const n = formatNumber(count, this.locale);
    return plural(
      count,
      {
        one: () => msg(str`${n} helpline`, { id: 'finder.count.one' }),
        other: () => msg(str`${n} helplines`, { id: 'finder.count.other' }),
      },
      this.locale,
    );
  }

  private onContact(helpline: Helpline, channel: Channel): void {
    this.emit('cs-helpline-finder-contact', { helpline: helpline.id, channel: channel.type, country: helpline.country }, 'cs-helpline-contact');
  }

  private async onCopy(key: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = key;
      this.copyFailed = null;
      this.announcement = msg(str`Copied: ${text}`, { id: 'finder.copied-announcement' });
    } catch {
      this.copied = null;
      this.copyFailed = text;
      this.announcement = this.copyFailedText(text);
    }
    this.requestUpdate();
  }

  private copyFailedText(text: string): string {
    return msg(str`Copying did not work here. Write it down: ${text}`, { id: 'finder.copy-failed', desc: 'Also used for an email address.' });
  }

  protected override render(): TemplateResult {
    const header = html`<div role="heading" aria-level=${headingLevel(this.headingLevel, 2)} id="title" class="title">${msg('Find a helpline', { id: 'finder.title' })}</div>`;
    return this.renderFrame({ part: 'finder', announcement: this.announcement, header }, () => this.view && this.renderDirectory(this.view));
  }

  private renderDirectory({ directory, index, now, results }: NonNullable<CsHelplineFinder['view']>): TemplateResult {
    const { country, invalidAttribute } = this.readerCountry.resolved;
    const level = Math.min(headingLevel(this.headingLevel, 2) + 1, 6);
    const context: EntryContext = {
      locale: this.locale,
      now,
      level,
      copied: this.copied,
      onContact: (h, c) => this.onContact(h, c),
      onCopy: (key, text) => void this.onCopy(key, text),
    };
    const regionName = displayNames(intlLocale(this.locale), { type: 'region' });
    const name = (code: string) => regionName.of(code) ?? code;
    return html`
      ${index.emergency ? this.renderEmergency(index.emergency) : nothing}
      ${
        invalidAttribute
          ? html`<p class="error" part="error">${msg('This page’s country is unclear: choose yours from the list.', { id: 'finder.error.country' })}</p>`
          : nothing
      }
      ${renderFilters({
        countries: countryChoices(this.countriesOf(directory, this.shippedCountries), country, name, collator(intlLocale(this.locale))),
        country,
        countryName: name,
        filters: this.filters,
        topics: offered(index.topics, this.filters.topic),
        audiences: offered(index.audiences, this.filters.audience),
        channels: offered(index.channels, this.filters.channel),
        onCountry: this.onCountry,
        onFilter: (change, typing) => this.setFilter(change, typing),
        onClear: this.onClear,
      })}
      ${
        index.euWide
          ? html`<p class="notice note">
            ${
              country
                ? msg(
                    str`No national helpline is listed yet for ${name(country)}. Below are the European numbers; the service differs from country to country.`,
                    { id: 'finder.notice.no-lines', desc: 'After "for" comes a country name, e.g. "Belgium".' },
                  )
                : msg('Choose your country to see its national helplines. Below are the European numbers.', { id: 'finder.notice.choose' })
            }
          </p>`
          : nothing
      }
      <p class="count" id="count">${this.countText(results.length)}</p>
      ${
        results.length > 0
          ? html`<ul class="results" role="list" aria-labelledby="count">
            ${this.paging.visible(results).map((helpline) => renderEntry(helpline, context))}
          </ul>`
          : this.renderEmpty()
      }
      ${
        this.paging.left(results.length) > 0
          ? html`<button type="button" part="button" class="more" @click=${this.onMore}>
            ${msg(str`Show more (${formatNumber(this.paging.left(results.length), this.locale)} left)`, { id: 'finder.more' })}
          </button>`
          : nothing
      }
      ${this.copyFailed ? html`<p class="copy-failed">${this.copyFailedText(this.copyFailed)}</p>` : nothing}
    `;
  }

  private renderEmergency(emergency: Helpline): TemplateResult {
    const call = emergency.channels.find((c) => c.type === 'phone');
    return html`<aside part="emergency" class="emergency" aria-labelledby="emergency-title">
      <p id="emergency-title" class="emergency-title">${msg('In an emergency, when someone is in immediate danger', { id: 'finder.emergency' })}</p>
      ${
        call
          ? html`<a part="contact" class="contact emergency-call" href=${contactHref(call)} @click=${() => this.onContact(emergency, call)}>
            ${msg(str`Call ${call.display}`, { id: 'finder.contact.phone', desc: 'A link that dials a number, e.g. "Call 119".' })}
          </a>`
          : nothing
      }
      <p class="emergency-name">${this.renderLocalizedText(emergency.name)}</p>
    </aside>`;
  }

  /** An empty list says which filters emptied it, and offers to clear them. */
  private renderEmpty(): TemplateResult | typeof nothing {
    const used = activeFilters(this.filters);
    if (used.length === 0) return nothing;
    const list = listFormat(intlLocale(this.locale), { type: 'conjunction' }).format(used.map(filterName));
    return html`<div class="empty">
      <p>${msg(str`No helpline matches all of these: ${list}.`, { id: 'finder.empty' })}</p>
      <button type="button" part="button" class="primary" @click=${this.onClear}>${msg('Clear filters', { id: 'finder.clear' })}</button>
    </div>`;
  }
}

/** A filter in use, in the reader's words: the search in the language's quotation marks. */
function filterName(filter: ActiveFilter): string {
  switch (filter.kind) {
    case 'query':
      return msg(str`“${filter.text}”`, { id: 'finder.quoted', desc: 'What the reader searched for, in the language’s own quotation marks.' });
    case 'topic':
      return topicLabel(filter.value);
    case 'audience':
      return audienceLabel(filter.value);
    case 'channel':
      return channelLabel(filter.value);
    case 'openNow':
      return msg('Open now', { id: 'finder.open-now' });
  }
}
