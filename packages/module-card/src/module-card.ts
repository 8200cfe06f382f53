import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  ContentController,
  ContentElement,
  HostHref,
  msg,
  str,
  baseStyles,
  formatLanguageList,
  formatMinutes,
  formatNumber,
  headingLevel,
  plural,
  registerTranslations,
  type Locale,
} from '@childrensafe/core';
import type { ModuleLevel, TrainingModule } from '@childrensafe/content';
import { translations } from './generated/translations.js';
import { factsFromAttributes, factsFromModule, type CardFacts } from './module-card-model.js';
import { moduleCardStyles } from './module-card.styles.js';

/**
 * A training module at a glance: title, summary, audience, duration, units, level and the
 * languages it is available in, as one link to the module.
 *
 * Texts come either from slots (readable before JavaScript runs and by search engines) or
 * from content: a built-in module (`module="stop-1"`), a JSON document (`src`) or an object
 * (`content` property). Content wins over slots when both are given.
 *
 * @tag cs-module-card
 * @slot title - The module's title (text or inline elements; the card wraps it in its link and heading).
 * @slot summary - A sentence or two about the module.
 * @slot audience - Who the module is for.
 * @slot image - A decorative or informative image (`<img alt="…">`).
 * @csspart card - The card's box.
 * @csspart image - The image area.
 * @csspart level - The level badge.
 * @csspart title - The heading.
 * @csspart link - The link to the module (it covers the whole card).
 * @csspart summary - The summary.
 * @csspart facts - The list of duration, units and level.
 * @csspart audience - The "For" line.
 * @csspart languages - The "Available in" line.
 * @csspart error - The message shown when content cannot be used.
 * @fires cs-error - Content could not be loaded, is invalid or was not given (a card with neither content nor a slotted title), or `href` was refused by the link rule; `detail` says why (`CsErrorDetail`).
 */
export class CsModuleCard extends ContentElement<TrainingModule> {
  static override styles = [baseStyles, moduleCardStyles];

  static override properties: PropertyDeclarations = {
    module: { type: String, reflect: true },
    src: { type: String, reflect: true },
    content: { attribute: false },
    href: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    duration: { type: String },
    units: { type: String },
    level: { type: String },
    languages: { type: String },
  };

  static {
    registerTranslations(translations);
  }

  /** Id of a built-in module of `@childrensafe/content`, e.g. `stop-1`. */
  declare module: string | null;
  /** URL of a JSON module document. */
  declare src: string | null;
  /** A module document as an object; validated like the other two sources. */
  declare content: unknown;
  /** Where the card links to; overrides the module's own `url`. Without either, the card is not a link. */
  declare href: string | null;
  /** The heading level of the title (2 to 6). */
  declare headingLevel: number;
  /** Slotted cards: duration in minutes. */
  declare duration: string | null;
  /** Slotted cards: number of units. */
  declare units: string | null;
  /** Slotted cards: `introductory`, `intermediate` or `advanced`. */
  declare level: string | null;
  /** Slotted cards: language codes the module is available in, e.g. `en fr el`. */
  declare languages: string | null;

  private readonly onSlotChange = (event: Event) => markEmpty(event.target as HTMLSlotElement);

  // An empty slot fires no slotchange, so each render looks once. Marking is done on the DOM,
  // not through a property, so that it costs no second render.
  protected override updated(): void {
    this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[name]').forEach(markEmpty);
  }

  protected readonly source = new ContentController<TrainingModule>(
    this,
    'module',
    () => import('@childrensafe/content/modules').then((m) => m.modules),
    () => ({ content: this.content, src: this.src, builtin: this.module, slotted: () => this.querySelector(':scope > [slot="title"]') !== null }),
  );

  /** The page's `href`, through the core link rule. */
  private readonly link = new HostHref(this, 'href', () => this.href);

  constructor() {
    super();
    this.module = null;
    this.src = null;
    this.href = null;
    this.headingLevel = 3;
    this.duration = null;
    this.units = null;
    this.level = null;
    this.languages = null;
  }

  protected override render(): TemplateResult {
    return this.renderFrame(
      { part: 'card', article: true },
      (module) => this.renderModule(module),
      () => this.renderSlotted(),
    );
  }

  private renderModule(module: TrainingModule): TemplateResult {
    const image = module.image;
    return this.layout({
      image: image ? html`<img src=${image.src} alt=${this.localizedString(image.alt)} />` : nothing,
      empty: new Set(image ? [] : ['image']),
      title: this.renderLocalizedText(module.title),
      summary: this.renderLocalizedText(module.summary),
      audience: this.renderLocalizedText(module.audience),
      facts: factsFromModule(module),
      // The page's href overrides the module's url, even when it is refused: no link then.
      href: this.href ? this.link.value : (module.url ?? null),
    });
  }

  private renderSlotted(): TemplateResult {
    const slot = (name: string) => html`<slot name=${name} @slotchange=${this.onSlotChange}></slot>`;
    return this.layout({
      image: slot('image'),
      title: slot('title'),
      summary: slot('summary'),
      audience: slot('audience'),
      facts: factsFromAttributes(this),
      href: this.link.value,
    });
  }

  private layout(parts: {
    image: unknown;
    title: unknown;
    summary: unknown;
    audience: unknown;
    /** Parts to hide because the content has nothing for them. */
    empty?: ReadonlySet<string>;
    facts: CardFacts;
    href: string | null;
  }): TemplateResult {
    const { facts, href } = parts;
    const hidden = (name: string) => parts.empty?.has(name) ?? false;
    const locale = this.locale;
    return html`
      <div part="image" class="image" ?hidden=${hidden('image')}>${parts.image}</div>
      <div class="body">
        <div role="heading" aria-level=${headingLevel(this.headingLevel, 3)} part="title" class="title">
          ${href ? html`<a part="link" href=${href}>${parts.title}</a>` : parts.title}
        </div>
        <ul part="facts" class="facts">
          ${facts.level ? html`<li part="level" class="level">${levelLabel(facts.level)}</li>` : nothing}
          ${
            facts.durationMinutes !== undefined
              ? html`<li>
                <span class="visually-hidden">${msg('Duration:', { id: 'module-card.duration-label' })}</span>
                <bdi>${formatMinutes(facts.durationMinutes, locale)}</bdi>
              </li>`
              : nothing
          }
          ${facts.unitCount !== undefined ? html`<li>${unitsLabel(facts.unitCount, locale)}</li>` : nothing}
        </ul>
        <div part="summary" class="summary">${parts.summary}</div>
        <div class="meta">
          <p part="audience" class="audience">
            <span class="label">${msg('For:', { id: 'module-card.audience-label', desc: 'Precedes who a training module is for, e.g. "For: teachers and social workers".' })}</span>
            ${parts.audience}
          </p>
          ${
            facts.languages.length > 0
              ? html`<p part="languages" class="languages">
                <span class="label">${msg('Available in:', { id: 'module-card.languages-label', desc: 'Precedes the list of languages a training module is available in.' })}</span>
                ${formatLanguageList(facts.languages, locale)}
              </p>`
              : nothing
          }
        </div>
      </div>
    `;
  }
}

/**
 * Hides the part around a slot the page left empty (so "For:" never stands alone). A server
 * render cannot know, and shows every part until the element runs.
 */
function markEmpty(slot: HTMLSlotElement): void {
  const filled = slot.assignedNodes({ flatten: true }).some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
  slot.closest('[part]')?.toggleAttribute('data-empty', !filled);
}

function unitsLabel(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return plural(
    count,
    {
      one: () => msg(str`${n} unit`, { id: 'module-card.units.one', desc: 'Number of units (lessons) in a training module, singular.' }),
      other: () => msg(str`${n} units`, { id: 'module-card.units.other', desc: 'Number of units (lessons) in a training module, plural.' }),
    },
    locale,
  );
}

function levelLabel(level: ModuleLevel): string {
  switch (level) {
    case 'introductory':
      return msg('Introductory', { id: 'module-card.level.introductory', desc: 'Level of a training module: for newcomers to the topic.' });
    case 'intermediate':
      return msg('Intermediate', { id: 'module-card.level.intermediate', desc: 'Level of a training module.' });
    case 'advanced':
      return msg('Advanced', { id: 'module-card.level.advanced', desc: 'Level of a training module: for experienced practitioners.' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-module-card': CsModuleCard;
  }
}
