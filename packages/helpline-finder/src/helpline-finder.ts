import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContentController, CsElement, ReaderCountry, baseStyles, collator, displayNames, listFormat, formatNumber, headingLevel, intlLocale, msg, panelStyles, pickText, plural, registerTranslations, renderText, str } from '@childrensafe/core';
import type { Channel, ContentKind, Helpline, HelplineDirectory } from '@childrensafe/content';
import type { ChannelType } from '@childrensafe/content/vocabulary';
import { translations } from './generated/translations.js';
import { countryChoices } from './model/country-choices.js';
import { NO_FILTERS, activeFilters, filterHelplines, indexHelplines, offered, type ActiveFilter, type Filters, type HelplineIndex } from './model/helpline-search.js';
import { withPublicHolidays } from './model/opening-hours.js';
import { renderEntry, type EntryContext } from './entry-template.js';
import { renderFilters } from './filters-template.js';
import { audienceLabel, channelLabel, topicLabel } from './labels.js';
import { finderStyles } from './helpline-finder.styles.js';

/** `cs-helpline-contact`: a contact link was used, for hosts that count it. The library sends nothing. */
export interface HelplineContactDetail {
  helpline: string;
  channel: ChannelType;
  country: string;
}

declare global {
  interface HTMLElementEventMap {
    'cs-helpline-contact': CustomEvent<HelplineContactDetail>;
  }
  interface DocumentEventMap {
    'cs-helpline-contact': CustomEvent<HelplineContactDetail>;
  }
  interface HTMLElementTagNameMap {
    'cs-helpline-finder': HelplineFinder;
  }
}

/** Lines shown at once; "Show more" adds as many. Keeps typing fast on a long directory. */
const PAGE = 20;
/** Typing is announced once it pauses, not at every key. */
const ANNOUNCE_AFTER_TYPING_MS = 700;

/**
 * The helplines of the reader's country: 112 first and apart, then the national lines with
 * whether each is open now on its own clock, filters (topic, audience, channel, open now) and
 * a search that ignores accents. A country with no line listed gets the EU-wide numbers.
 *
 * The country comes from the reader's choice, the `country` attribute or the region of the
 * page's language; never from geolocation or an IP look-up. Nothing is stored or sent:
 * `cs-helpline-contact` tells the host page a link was used, and the host decides.
 *
 * @tag cs-helpline-finder
 * @fires cs-helpline-contact - A contact link was used: `{ helpline, channel, country }`.
 * @fires cs-error - The content could not be used, or `country` is not a country code.
 * @csspart finder - The widget's box.
 * @csspart emergency - The 112 block, always first.
 * @csspart filters - The search form.
 * @csspart entry - One helpline.
 * @csspart contact - A contact link (call, text, chat, email).
 * @csspart button - Every button.
 * @csspart error - The message shown when the content cannot be used.
 */
export class HelplineFinder extends CsElement {
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
  private shown = PAGE;
  private announcement = '';
  private copied: string | null = null;
  private copyFailed: string | null = null;
  /** Countries the built-in directory ships, known once its kind is loaded. */
  private shippedCountries: readonly string[] = [];
  private index?: { key: unknown[]; value: HelplineIndex };
  /** Worked out once per update: the country, and with the lines in, what the filters leave. */
  private readonly readerCountry = new ReaderCountry(this);
  private view?: { directory: HelplineDirectory; index: HelplineIndex; now: number | null; results: Helpline[] };
  private countries?: { directory: HelplineDirectory; codes: Set<string> };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private clock?: ReturnType<typeof setInterval>;
  /** The count is to be announced at the next render that has the lines. */
  private countDue = false;

  private readonly source = new ContentController<HelplineDirectory>(
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

  protected override willUpdate(): void {
    this.readerCountry.update({ choice: this.choice, attribute: this.country });
    this.source.update();
    const state = this.source.state;
    if (state.status === 'ready') {
      const index = this.indexFor(state.value, this.readerCountry.resolved.country);
      const now = this.clockTime;
      this.view = { directory: state.value, index, now, results: filterHelplines(index, this.filters, now) };
    } else {
      this.view = undefined;
    }
    this.announceCountIfDue();
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
    clearTimeout(this.announceTimer);
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

  private indexFor(directory: HelplineDirectory, country: string | null): HelplineIndex {
    const key = [directory, country, this.locale];
    if (!this.index || this.index.key.some((part, i) => part !== key[i])) {
      const locale = intlLocale(this.locale);
      // Public holidays are written into the timetables once per directory, country and language.
      const helplines = withPublicHolidays(directory.helplines, directory.publicHolidays);
      this.index = { key, value: indexHelplines(helplines, country, (text) => pickText(text, this.locale).text, collator(locale)) };
    }
    return this.index.value;
  }

  /** The countries with lines: those of the directory loaded and, built in, those shipped. */
  private countriesOf(directory: HelplineDirectory): Set<string> {
    if (this.countries?.directory !== directory) this.countries = { directory, codes: new Set([...directory.helplines.map((h) => h.country), ...this.shippedCountries]) };
    return this.countries.codes;
  }

  private setFilter(change: Partial<Filters>, typing = false): void {
    this.filters = { ...this.filters, ...change };
    this.shown = PAGE;
    this.announceCount(typing);
    this.requestUpdate();
  }

  private readonly onCountry = (code: string) => {
    this.choice = code || null;
    this.shown = PAGE;
    this.requestUpdate();
    this.announceCount(false);
  };

  private readonly onClear = () => {
    this.filters = { ...NO_FILTERS };
    this.shown = PAGE;
    this.announceCount(false);
    this.requestUpdate();
    // The button pressed may be gone: the search field is where filtering starts again.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[data-filter="query"]')?.focus());
  };

  private readonly onMore = () => {
    const first = this.shown;
    this.shown += PAGE;
    this.requestUpdate();
    // Focus moves to the first line added, so a keyboard user reads on from there.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.entry > article')[first]?.focus());
  };

  /**
   * The count is announced once typing pauses, and only once the lines it counts are in: a
   * new country's lines may still be loading.
   */
  private announceCount(typing: boolean): void {
    clearTimeout(this.announceTimer);
    this.countDue = false;
    this.announceTimer = setTimeout(
      () => {
        this.countDue = true;
        this.requestUpdate();
      },
      typing ? ANNOUNCE_AFTER_TYPING_MS : 0,
    );
  }

  private announceCountIfDue(): void {
    if (!this.countDue || this.source.pending || !this.view) return;
    this.countDue = false;
    this.announcement = this.countText(this.view.results.length);
  }

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
    this.emit('cs-helpline-contact', { helpline: helpline.id, channel: channel.type, country: helpline.country });
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
    const state = this.source.state;
    const body =
      state.status === 'error'
        ? this.source.renderError()
        : state.status === 'ready' && this.view
          ? this.renderDirectory(this.view)
          : html`<p class="visually-hidden">${msg('Loading…', { id: 'finder.loading' })}</p>`;
    // The live region gets `nothing`, never '': see lit/lit#4937 (as in every widget).
    return html`<section part="finder" class="finder panel" lang=${this.locale} dir=${this.direction} aria-busy=${state.status === 'loading' ? 'true' : nothing}>
      <div role="heading" aria-level=${headingLevel(this.headingLevel, 2)} id="title" class="title">${msg('Find a helpline', { id: 'finder.title' })}</div>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement || nothing}</div>
    </section>`;
  }

  private renderDirectory({ directory, index, now, results }: NonNullable<HelplineFinder['view']>): TemplateResult {
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
      ${invalidAttribute
        ? html`<p class="error" part="error">${msg('This page’s country is unclear: choose yours from the list.', { id: 'finder.error.country' })}</p>`
        : nothing}
      ${renderFilters({
        countries: countryChoices(this.countriesOf(directory), country, name, collator(intlLocale(this.locale))),
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
      ${index.euWide
        ? html`<p class="notice note">
            ${country
              ? msg(str`No national helpline is listed yet for ${name(country)}. Below are the European numbers; the service differs from country to country.`, { id: 'finder.notice.no-lines', desc: 'After "for" comes a country name, e.g. "Belgium".' })
              : msg('Choose your country to see its national helplines. Below are the European numbers.', { id: 'finder.notice.choose' })}
          </p>`
        : nothing}
      <p class="count" id="count">${this.countText(results.length)}</p>
      ${results.length > 0
        ? html`<ul class="results" role="list" aria-labelledby="count">
            ${results.slice(0, this.shown).map((helpline) => renderEntry(helpline, context))}
          </ul>`
        : this.renderEmpty()}
      ${results.length > this.shown
        ? html`<button type="button" part="button" class="more" @click=${this.onMore}>
            ${msg(str`Show more (${formatNumber(results.length - this.shown, this.locale)} left)`, { id: 'finder.more' })}
          </button>`
        : nothing}
      ${this.copyFailed ? html`<p class="copy-failed">${this.copyFailedText(this.copyFailed)}</p>` : nothing}
    `;
  }

  private renderEmergency(emergency: Helpline): TemplateResult {
    const call = emergency.channels.find((c) => c.type === 'phone');
    return html`<aside part="emergency" class="emergency" aria-labelledby="emergency-title">
      <p id="emergency-title" class="emergency-title">${msg('In an emergency, when someone is in immediate danger', { id: 'finder.emergency' })}</p>
      ${call
        ? html`<a part="contact" class="contact emergency-call" href="tel:${call.dial}" @click=${() => this.onContact(emergency, call)}>
            ${msg(str`Call ${call.display}`, { id: 'finder.contact.phone', desc: 'A link that dials a number, e.g. "Call 119".' })}
          </a>`
        : nothing}
      <p class="emergency-name">${renderText(emergency.name, this.locale)}</p>
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
