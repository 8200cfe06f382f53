import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CsElement, baseStyles, headingLevel, msg, panelStyles, registerTranslations } from '@childrensafe/core';
import { translations } from './generated/translations.js';
import { __Name__State } from './__name__-model.js';
import { __camel__Styles } from './__name__.styles.js';
import './__name__-events.js';

/**
 * __Title__: a panel with a heading and a button the reader presses to mark it done.
 *
 * @tag cs-__name__
 * @slot - The panel's text.
 * @fires cs-__name__-change - The reader marked it done, or not done again: `{ done }`.
 * @csspart __name__ - The widget's box.
 * @csspart title - The heading.
 * @csspart button - The button.
 */
export class Cs__Name__ extends CsElement {
  static override styles = [baseStyles, panelStyles, __camel__Styles];

  static override properties: PropertyDeclarations = {
    heading: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static {
    registerTranslations(translations);
  }

  /** The heading's text, in the page's language. */
  declare heading: string | null;
  /** Level of the heading (2 to 6). */
  declare headingLevel: number;

  private readonly state = new __Name__State();
  private announcement = '';

  constructor() {
    super();
    this.heading = null;
    this.headingLevel = 2;
  }

  private readonly onToggle = () => {
    const done = this.state.toggle();
    this.announcement = done ? msg('Marked as done.', { id: '__name__.announce-done' }) : msg('Marked as not done.', { id: '__name__.announce-not-done' });
    this.emit('cs-__name__-change', { done });
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const done = this.state.done;
    // The live region gets `nothing`, never '': see core's ContentElement (lit/lit#4937).
    return html`<section part="__name__" class="__name__ panel" lang=${this.locale} dir=${this.direction}>
      ${this.heading ? html`<div role="heading" aria-level=${headingLevel(this.headingLevel, 2)} part="title" class="title">${this.heading}</div>` : nothing}
      <slot></slot>
      <button part="button" aria-pressed=${done ? 'true' : 'false'} @click=${this.onToggle}>${msg('Mark as done', { id: '__name__.mark', desc: 'A toggle button; its pressed state says whether it is done.' })}</button>
      ${done ? html`<p class="status">${msg('Done', { id: '__name__.done' })}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement || nothing}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-__name__': Cs__Name__;
  }
}
