import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  ContentController,
  ContentElement,
  HostHref,
  ReaderCountry,
  baseStyles,
  displayNames,
  listFormat,
  panelStyles,
  formatNumber,
  headingLevel,
  intlLocale,
  msg,
  parseRichText,
  plural,
  registerTranslations,
  renderLocalizedRichText,
  renderSource,
  richTextToPlain,
  str,
  syncChecked,
  type Locale,
} from '@childrensafe/core';
import type { Action, Indicator, IndicatorSet, LocalizedText } from '@childrensafe/content';
import { translations } from './generated/translations.js';
import { Ticks, concernLevel, routesFor, summaryText, tickedIn, type TicksChange } from './indicator-checklist-model.js';
import { checklistStyles } from './indicator-checklist.styles.js';
import './indicator-checklist-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'cs-indicator-checklist': CsIndicatorChecklist;
  }
}

/**
 * Warning signs of sexual exploitation a professional can tick, grouped by category, with a
 * result panel that shows the level of concern and what to do. An aid to judgement, never a
 * diagnosis: the widget says so before the first indicator.
 *
 * Private by design: the ticks live only in this page's memory. Nothing is stored, sent or put
 * in the URL; leaving the page keeps nothing. The summary can be printed or copied by the user.
 *
 * @tag cs-indicator-checklist
 * @fires cs-indicator-checklist-change - The ticks changed: `{ ticked, band, score, raisedBy }`.
 * @fires cs-checklist-change - Deprecated: the old name of `cs-indicator-checklist-change`, fired too until the next minor version.
 * @fires cs-error - The content could not be used or was not given, `country` is not a country code, or `helplines-href` was refused by the link rule.
 * @csspart checklist - The widget's box.
 * @csspart title - The checklist's title.
 * @csspart disclaimer - "An aid to professional judgement, not a diagnosis".
 * @csspart category - One category (a disclosure).
 * @csspart indicator - One indicator.
 * @csspart result - The result panel.
 * @csspart emergency - The 112 line, always shown.
 * @csspart route - What to do without a safeguarding lead: the reader's country's route.
 * @csspart button - Every button.
 * @csspart error - The message shown when the content cannot be used.
 */
export class CsIndicatorChecklist extends ContentElement<IndicatorSet> {
  static override styles = [baseStyles, panelStyles, checklistStyles];

  static override properties: PropertyDeclarations = {
    set: { type: String, reflect: true },
    src: { type: String, reflect: true },
    content: { attribute: false },
    helplinesHref: { type: String, attribute: 'helplines-href', reflect: true },
    country: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static {
    registerTranslations(translations);
  }

  /** Id of a built-in indicator set of `@childrensafe/content` (`stop-indicators`). */
  declare set: string | null;
  /** URL of an indicator set JSON document. */
  declare src: string | null;
  /** An indicator set as an object. */
  declare content: unknown;
  /** Where the national helplines are shown (the helpline finder for the page's country). */
  declare helplinesHref: string | null;
  /**
   * The reader's country (ISO 3166-1 alpha-2), for the route to take without a safeguarding
   * lead; else the region of the page's language (`fr-BE`); else every country's route is listed.
   */
  declare country: string | null;
  /** Level of the title heading (2 to 6). */
  declare headingLevel: number;

  /** The ticked indicators: in memory only, by design. */
  private readonly ticks = new Ticks();
  private announcement = '';
  private copied = false;
  /** The last copy failed: said in the live region and shown next to the buttons. */
  private copyFailed = false;

  private readonly readerCountry = new ReaderCountry(this);

  protected readonly source = new ContentController<IndicatorSet>(
    this,
    'indicator-set',
    () => import('@childrensafe/content/indicators').then((m) => m.indicatorSets),
    () => ({ content: this.content, src: this.src, builtin: this.set }),
  );

  /** The page's `helplines-href`, through the core link rule. */
  private readonly helplinesLink = new HostHref(this, 'helplines-href', () => this.helplinesHref);

  constructor() {
    super();
    this.set = null;
    this.src = null;
    this.helplinesHref = null;
    this.country = null;
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The country first: the route shown depends on it.
    this.readerCountry.update({ attribute: this.country });
    super.willUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  // The printed summary carries the time it is printed, not of the last tick.
  private readonly onBeforePrint = () => this.requestUpdate();

  protected override updated(): void {
    syncChecked(this.renderRoot, 'input[type="checkbox"]', (input) => this.ticks.has(input.value));
  }

  private toggle(id: string, on: boolean): void {
    const set = this.loaded;
    if (set) this.changed(this.ticks.toggle(set, id, on));
  }

  private readonly onClear = () => {
    const set = this.loaded;
    if (set) this.changed(this.ticks.clear(set));
  };

  private changed(change: TicksChange | undefined): void {
    if (!change) return;
    const { band, score, raisedBy } = change.level;
    this.copied = false;
    this.copyFailed = false;
    if (change.levelChanged) this.announcement = levelOfConcern(this.localizedString(band.title));
    const detail = { ticked: change.ticked, band: band.id, score, raisedBy: raisedBy.map((i) => i.id) };
    this.emit('cs-indicator-checklist-change', detail, 'cs-checklist-change');
    this.requestUpdate();
  }

  private summary(set: IndicatorSet): string {
    const when = new Intl.DateTimeFormat(intlLocale(this.locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
    return summaryText(set, this.ticks.all, this.readerCountry.resolved.country, {
      title: this.localizedString(set.title),
      when: msg(str`Date and time: ${when}`, { id: 'checklist.summary.when' }),
      caseReference: msg('Your case reference (no names):', {
        id: 'checklist.summary.case-reference',
        desc: 'A line the professional fills in by hand on the printed summary.',
      }),
      band: levelOfConcern,
      raisedBy: (signs) => raisedByText(formatList(signs, this.locale)),
      routeHeading: (country) => routeHeading(country, (code) => this.countryName(code)),
      countryName: (code) => this.countryName(code),
      tickedHeading: msg('Indicators noticed:', { id: 'checklist.summary.ticked' }),
      noneTicked: msg('None ticked', { id: 'checklist.summary.none' }),
      disclaimer: plainText(this.localizedString(set.disclaimer)),
      emergency: plainText(this.localizedString(set.emergency)),
      text: (value) => plainText(this.localizedString(value)),
    });
  }

  private readonly onPrint = () => window.print();

  private readonly onCopy = async () => {
    const set = this.loaded;
    if (!set) return;
    try {
      await navigator.clipboard.writeText(this.summary(set));
      this.copied = true;
      this.copyFailed = false;
      this.announcement = msg('Summary copied.', { id: 'checklist.copied' });
    } catch {
      this.copied = false;
      this.copyFailed = true;
      this.announcement = msg('The summary could not be copied. Use “Print summary” instead.', { id: 'checklist.copy-failed' });
    }
    this.requestUpdate();
  };

  /** Content written in the rich-text subset, in the reader's language. */
  private rich(value: LocalizedText): TemplateResult {
    return renderLocalizedRichText(value, this.locale);
  }

  protected override render(): TemplateResult {
    return this.renderFrame({ part: 'checklist', announcement: this.announcement }, (set) => this.renderSet(set));
  }

  private renderSet(set: IndicatorSet): TemplateResult {
    const locale = this.locale;
    const level = headingLevel(this.headingLevel, 2);
    const total = this.ticks.size;
    return html`
      <div role="heading" aria-level=${level} part="title" class="title">${this.renderLocalizedText(set.title)}</div>
      <div part="disclaimer" class="disclaimer note">${this.rich(set.disclaimer)}</div>
      <p class="count screen">
        ${plural(
          total,
          {
            one: () => msg(str`${formatNumber(total, locale)} indicator ticked`, { id: 'checklist.count.one' }),
            other: () => msg(str`${formatNumber(total, locale)} indicators ticked`, { id: 'checklist.count.other' }),
          },
          locale,
        )}
      </p>
      <div class="categories screen">
        ${set.categories.map((category) => {
          const n = tickedIn(category, this.ticks.all);
          return html`<details part="category" class="category" open>
            <summary>
              <span class="category-title">${this.renderLocalizedText(category.title)}</span>
              <span class="category-count">${msg(str`${formatNumber(n, locale)} of ${formatNumber(category.indicators.length, locale)}`, { id: 'checklist.category-count', desc: 'Ticked indicators of a category, e.g. "2 of 5".' })}</span>
            </summary>
            <ul class="indicators" role="list">
              ${category.indicators.map(
                (indicator) => html`<li part="indicator" class="indicator">
                  <label>
                    <input type="checkbox" value=${indicator.id} ?checked=${this.ticks.has(indicator.id)} @change=${(e: Event) => this.toggle(indicator.id, (e.target as HTMLInputElement).checked)} />
                    <span>${this.renderLocalizedText(indicator.text)}</span>
                  </label>
                  <details class="explanation">
                    <summary>${msg('Why it can matter', { id: 'checklist.explanation', desc: 'Opens the short explanation of an indicator.' })}</summary>
                    ${this.rich(indicator.explanation)}
                  </details>
                </li>`,
              )}
            </ul>
          </details>`;
        })}
      </div>
      ${this.renderResult(set, level)}
    `;
  }

  private renderResult(set: IndicatorSet, level: number): TemplateResult {
    const { band, raisedBy } = concernLevel(set, this.ticks.all);
    return html`<aside part="result" class="result" data-band=${band.id} aria-labelledby="result-title">
      <div role="heading" aria-level=${Math.min(level + 1, 6)} id="result-title" class="result-title">
        ${levelOfConcern(this.localizedString(band.title))}
      </div>
      ${raisedBy.length > 0 ? this.renderRaisedBy(raisedBy) : nothing}
      ${this.rich(band.guidance)}
      <ol class="actions-list">
        ${band.actions.map((action) => html`<li>${this.renderAction(action)}</li>`)}
      </ol>
      <p part="emergency" class="emergency">${this.renderLocalizedText(set.emergency)}</p>
      ${this.renderRoute(set, Math.min(level + 2, 6))}
      <div class="actions screen">
        <button part="button" @click=${this.onPrint}>${msg('Print summary', { id: 'checklist.print' })}</button>
        <button part="button" @click=${this.onCopy}>${this.copied ? msg('Copied', { id: 'checklist.copied-button' }) : msg('Copy summary', { id: 'checklist.copy' })}</button>
        <button part="button" class="clear" @click=${this.onClear} aria-disabled=${this.ticks.size === 0 ? 'true' : 'false'}>${msg('Clear all', { id: 'checklist.clear' })}</button>
      </div>
      ${this.copyFailed ? html`<p class="copy-failed screen">${msg('The summary could not be copied. Use “Print summary” instead.', { id: 'checklist.copy-failed' })}</p>` : nothing}
      <pre class="print-summary" aria-hidden="true">${this.summary(set)}</pre>
    </aside>`;
  }

  /** Which strong signs lifted the level: the reader sees why it is higher than the count. */
  private renderRaisedBy(signs: Indicator[]): TemplateResult {
    return html`<p class="raised-by">${raisedByText(
      formatList(
        signs.map((sign) => this.localizedString(sign.text)),
        this.locale,
      ),
    )}</p>`;
  }

  /**
   * What to do without a safeguarding lead: the reader's country's route, its legal duty and
   * its sources; with no country (or one the set has no route for), every route by name.
   */
  private renderRoute(set: IndicatorSet, level: number): TemplateResult {
    const { country, invalidAttribute } = this.readerCountry.resolved;
    const { routes, ofCountry } = routesFor(set, country);
    const route = routes[0];
    return html`<section part="route" class="route" aria-labelledby="route-title">
      <div role="heading" aria-level=${level} id="route-title" class="route-title">${routeHeading(ofCountry && route ? route.country : null, (code) => this.countryName(code))}</div>
      ${invalidAttribute ? html`<p class="error" part="error">${msg('This page’s country is unclear: the route of each country is listed.', { id: 'checklist.error.country' })}</p>` : nothing}
      ${
        ofCountry && route
          ? html`<p class="route-name">${this.renderLocalizedText(route.name)}</p>
            ${this.rich(route.steps)}
            <div class="duty note">${this.rich(route.duty)}</div>
            <ul class="sources" role="list">
              ${route.sources.map((source) => html`<li>${renderSource(source, this.locale)}</li>`)}
            </ul>`
          : html`<ul class="routes">
            ${routes.map((r) => html`<li><span class="country">${this.countryName(r.country)}</span>: ${this.renderLocalizedText(r.name)}</li>`)}
          </ul>`
      }
    </section>`;
  }

  private countryName(code: string): string {
    return displayNames(intlLocale(this.locale), { type: 'region' }).of(code) ?? code;
  }

  private renderAction(action: Action): TemplateResult | string {
    switch (action) {
      case 'record':
        return msg('Write down what you saw and heard, with dates and the words used.', { id: 'checklist.action.record' });
      case 'talk-to-safeguarding-lead':
        return msg('Talk to your designated safeguarding lead.', { id: 'checklist.action.lead' });
      case 'call-national-line': {
        // Not "the national line": Spain has none; the route below names each country's.
        const text = msg('Call a child protection helpline in your country.', { id: 'checklist.action.helpline' });
        const href = this.helplinesLink.value;
        return href ? html`<a href=${href}>${text}</a>` : text;
      }
      case 'call-112':
        return msg('If a child is in immediate danger, call 112.', { id: 'checklist.action.112' });
    }
  }
}

/** "Level of concern: Some concern", with the language's own punctuation. */
function levelOfConcern(band: string): string {
  return msg(str`Level of concern: ${band}`, {
    id: 'checklist.level',
    desc: 'The level of concern the ticked indicators reach, e.g. "Level of concern: Some concern".',
  });
}

/** "Raised to this level by a strong sign: …", the signs already joined as a list. */
function raisedByText(signs: string): string {
  return msg(str`Raised to this level by a strong sign: ${signs}`, {
    id: 'checklist.raised-by',
    desc: 'Says which ticked sign lifted the level of concern on its own, whatever the count; the sign texts follow.',
  });
}

/** The heading of the route to take without a safeguarding lead, for one country or for each. */
function routeHeading(country: string | null, name?: (code: string) => string): string {
  return country && name
    ? msg(str`With no safeguarding lead, or if they cannot be reached or do not act, in ${name(country)}:`, {
        id: 'checklist.route.country',
        desc: 'Heading of the formal reporting route of one country, e.g. "… in France:".',
      })
    : msg('With no safeguarding lead, or if they cannot be reached or do not act, in each country:', {
        id: 'checklist.route.each',
        desc: 'Heading of the list of every country’s formal reporting route.',
      });
}

/** Signs joined the language's way: "A, B and C". */
function formatList(items: string[], locale: Locale): string {
  return listFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/** Content text without its light formatting marks, for the plain-text summary. */
function plainText(source: string): string {
  return richTextToPlain(parseRichText(source));
}
