import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  ContentController,
  CsElement,
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
  pickText,
  plural,
  registerTranslations,
  renderLocalizedRichText,
  renderSource,
  renderText,
  richTextToPlain,
  str,
  type Locale,
} from '@childrensafe/core';
import type { Action, Indicator, IndicatorSet, LocalizedText } from '@childrensafe/content';
import { translations } from './generated/translations.js';
import { concernLevel, orderedTicks, routesFor, summaryText, tickedIn } from './checklist-model.js';
import { checklistStyles } from './indicator-checklist.styles.js';

/** `cs-checklist-change`: the ticks changed. Nothing else ever leaves the widget. */
export interface ChecklistChangeDetail {
  ticked: string[];
  band: string;
  score: number;
  /** The ticked strong signs that raised the level above the score's band. */
  raisedBy: string[];
}

declare global {
  interface HTMLElementEventMap {
    'cs-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
  interface DocumentEventMap {
    'cs-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'cs-indicator-checklist': IndicatorChecklist;
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
 * @fires cs-checklist-change - The ticks changed: `{ ticked, band, score, raisedBy }`.
 * @fires cs-error - The content could not be used or was not given, `country` is not a country code, or `helplines-href` was refused by the link rule.
 * @csspart checklist - The widget's box.
 * @csspart disclaimer - "An aid to professional judgement, not a diagnosis".
 * @csspart category - One category (a disclosure).
 * @csspart indicator - One indicator.
 * @csspart result - The result panel.
 * @csspart emergency - The 112 line, always shown.
 * @csspart route - What to do without a safeguarding lead: the reader's country's route.
 * @csspart button - Every button.
 * @csspart error - The message shown when the content cannot be used.
 */
export class IndicatorChecklist extends CsElement {
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

  /** The ticked indicator ids: in memory only, by design. */
  private ticked = new Set<string>();
  private announcement = '';
  private copied = false;
  /** The last copy failed: said in the live region and shown next to the buttons. */
  private copyFailed = false;

  private readonly readerCountry = new ReaderCountry(this);

  private readonly source = new ContentController<IndicatorSet>(
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

  protected override willUpdate(): void {
    this.readerCountry.update({ attribute: this.country });
    this.source.update();
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

  // The `checked` attribute only sets a box's initial state (and is what a server renders); the
  // live state follows the ticks here, after "Clear all" too.
  protected override updated(): void {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = this.ticked.has(input.value);
  }

  private get indicatorSet(): IndicatorSet | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  private text(value: LocalizedText): string {
    return pickText(value, this.locale).text;
  }

  private plain(value: LocalizedText): TemplateResult | string {
    return renderText(value, this.locale);
  }

  private rich(value: LocalizedText): TemplateResult {
    return renderLocalizedRichText(value, this.locale);
  }

  private toggle(id: string, on: boolean): void {
    const set = this.indicatorSet;
    if (!set) return;
    const before = concernLevel(set, this.ticked).band.id;
    if (on) this.ticked.add(id);
    else this.ticked.delete(id);
    this.changed(set, before);
  }

  private readonly onClear = () => {
    const set = this.indicatorSet;
    if (!set || this.ticked.size === 0) return;
    const before = concernLevel(set, this.ticked).band.id;
    this.ticked.clear();
    this.changed(set, before);
  };

  private changed(set: IndicatorSet, bandBefore: string): void {
    const { band, score, raisedBy } = concernLevel(set, this.ticked);
    this.copied = false;
    this.copyFailed = false;
    // Said politely, and only when the level of concern changes: each tick is not news.
    if (band.id !== bandBefore) this.announcement = levelOfConcern(this.text(band.title));
    this.emit('cs-checklist-change', { ticked: orderedTicks(set, this.ticked), band: band.id, score, raisedBy: raisedBy.map((i) => i.id) });
    this.requestUpdate();
  }

  private summary(set: IndicatorSet): string {
    const when = new Intl.DateTimeFormat(intlLocale(this.locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
    return summaryText(set, this.ticked, this.readerCountry.resolved.country, {
      title: this.text(set.title),
      when: msg(str`Date and time: ${when}`, { id: 'checklist.summary.when' }),
      caseReference: msg('Your case reference (no names):', { id: 'checklist.summary.case-reference', desc: 'A line the professional fills in by hand on the printed summary.' }),
      band: levelOfConcern,
      raisedBy: (signs) => raisedByText(formatList(signs, this.locale)),
      routeHeading: (country) => routeHeading(country, (code) => this.countryName(code)),
      countryName: (code) => this.countryName(code),
      tickedHeading: msg('Indicators noticed:', { id: 'checklist.summary.ticked' }),
      noneTicked: msg('None ticked', { id: 'checklist.summary.none' }),
      disclaimer: plainText(this.text(set.disclaimer)),
      emergency: plainText(this.text(set.emergency)),
      text: (value) => plainText(this.text(value)),
    });
  }

  private readonly onPrint = () => window.print();

  private readonly onCopy = async () => {
    const set = this.indicatorSet;
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

  protected override render(): TemplateResult {
    const state = this.source.state;
    const set = this.indicatorSet;
    const body =
      state.status === 'error'
        ? this.source.renderError()
        : !set
          ? html`<p class="visually-hidden">${msg('Loading…', { id: 'checklist.loading' })}</p>`
          : this.renderSet(set);
    // The live region gets `nothing`, never '': a hydrated empty string has no text node, and
    // Lit would write the next announcement into its end marker comment (lit/lit#4937).
    return html`<section part="checklist" class="checklist panel" lang=${this.locale} dir=${this.direction} aria-busy=${state.status === 'loading' ? 'true' : nothing}>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement || nothing}</div>
    </section>`;
  }

  private renderSet(set: IndicatorSet): TemplateResult {
    const locale = this.locale;
    const level = headingLevel(this.headingLevel, 2);
    const total = this.ticked.size;
    return html`
      <div role="heading" aria-level=${level} part="title" class="title">${this.plain(set.title)}</div>
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
          const n = tickedIn(category, this.ticked);
          return html`<details part="category" class="category" open>
            <summary>
              <span class="category-title">${this.plain(category.title)}</span>
              <span class="category-count">${msg(str`${formatNumber(n, locale)} of ${formatNumber(category.indicators.length, locale)}`, { id: 'checklist.category-count', desc: 'Ticked indicators of a category, e.g. "2 of 5".' })}</span>
            </summary>
            <ul class="indicators" role="list">
              ${category.indicators.map(
                (indicator) => html`<li part="indicator" class="indicator">
                  <label>
                    <input type="checkbox" value=${indicator.id} ?checked=${this.ticked.has(indicator.id)} @change=${(e: Event) => this.toggle(indicator.id, (e.target as HTMLInputElement).checked)} />
                    <span>${this.plain(indicator.text)}</span>
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
    const { band, raisedBy } = concernLevel(set, this.ticked);
    return html`<aside part="result" class="result" data-band=${band.id} aria-labelledby="result-title">
      <div role="heading" aria-level=${Math.min(level + 1, 6)} id="result-title" class="result-title">
        ${levelOfConcern(this.text(band.title))}
      </div>
      ${raisedBy.length > 0 ? this.renderRaisedBy(raisedBy) : nothing}
      ${this.rich(band.guidance)}
      <ol class="actions-list">
        ${band.actions.map((action) => html`<li>${this.renderAction(action)}</li>`)}
      </ol>
      <p part="emergency" class="emergency">${this.plain(set.emergency)}</p>
      ${this.renderRoute(set, Math.min(level + 2, 6))}
      <div class="actions screen">
        <button part="button" @click=${this.onPrint}>${msg('Print summary', { id: 'checklist.print' })}</button>
        <button part="button" @click=${this.onCopy}>${this.copied ? msg('Copied', { id: 'checklist.copied-button' }) : msg('Copy summary', { id: 'checklist.copy' })}</button>
        <button part="button" class="clear" @click=${this.onClear} aria-disabled=${this.ticked.size === 0 ? 'true' : 'false'}>${msg('Clear all', { id: 'checklist.clear' })}</button>
      </div>
      ${this.copyFailed ? html`<p class="copy-failed screen">${msg('The summary could not be copied. Use “Print summary” instead.', { id: 'checklist.copy-failed' })}</p>` : nothing}
      <pre class="print-summary" aria-hidden="true">${this.summary(set)}</pre>
    </aside>`;
  }

  /** Which strong signs lifted the level: the reader sees why it is higher than the count. */
  private renderRaisedBy(signs: Indicator[]): TemplateResult {
    return html`<p class="raised-by">${raisedByText(formatList(signs.map((sign) => this.text(sign.text)), this.locale))}</p>`;
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
      ${ofCountry && route
        ? html`<p class="route-name">${this.plain(route.name)}</p>
            ${this.rich(route.steps)}
            <div class="duty note">${this.rich(route.duty)}</div>
            <ul class="sources" role="list">
              ${route.sources.map((source) => html`<li>${renderSource(source, this.locale)}</li>`)}
            </ul>`
        : html`<ul class="routes">
            ${routes.map((r) => html`<li><span class="country">${this.countryName(r.country)}</span>: ${this.plain(r.name)}</li>`)}
          </ul>`}
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
  return msg(str`Level of concern: ${band}`, { id: 'checklist.level', desc: 'The level of concern the ticked indicators reach, e.g. "Level of concern: Some concern".' });
}

/** "Raised to this level by a strong sign: …", the signs already joined as a list. */
function raisedByText(signs: string): string {
  return msg(str`Raised to this level by a strong sign: ${signs}`, { id: 'checklist.raised-by', desc: 'Says which ticked sign lifted the level of concern on its own, whatever the count; the sign texts follow.' });
}

/** The heading of the route to take without a safeguarding lead, for one country or for each. */
function routeHeading(country: string | null, name?: (code: string) => string): string {
  return country && name
    ? msg(str`With no safeguarding lead, or if they cannot be reached or do not act, in ${name(country)}:`, { id: 'checklist.route.country', desc: 'Heading of the formal reporting route of one country, e.g. "… in France:".' })
    : msg('With no safeguarding lead, or if they cannot be reached or do not act, in each country:', { id: 'checklist.route.each', desc: 'Heading of the list of every country’s formal reporting route.' });
}

/** Signs joined the language's way: "A, B and C". */
function formatList(items: string[], locale: Locale): string {
  return listFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/** Content text without its light formatting marks, for the plain-text summary. */
function plainText(source: string): string {
  return richTextToPlain(parseRichText(source));
}
