import { css, html, type TemplateResult } from 'lit';
import { CsElement, baseStyles, msg, registerTranslations } from '@childrensafe/core';
import { translations } from './generated/translations.js';

declare global {
  interface HTMLElementTagNameMap {
    'cs-safety-info': CsSafetyInfo;
  }
}

/**
 * What the quick exit does and does not do, in the reader's language, for pages to show next to
 * it: it leaves at once and clears what this site's widgets stored, but it does not erase the
 * browser's history, so private browsing and clearing history are explained.
 *
 * @tag cs-safety-info
 * @csspart info - The text's box.
 */
export class CsSafetyInfo extends CsElement {
  static override styles = [
    baseStyles,
    css`
      .info {
        padding: var(--_cs-space-3) var(--_cs-space-4);
        border-inline-start: var(--_cs-space-1) solid var(--_cs-color-exit-bg);
        background: var(--_cs-color-surface-alt);
        border-radius: var(--_cs-radius-sm);
        font-size: var(--_cs-font-size-sm);
      }
      .title {
        font-weight: var(--_cs-font-weight-bold);
      }
      p,
      ul {
        margin: 0 0 var(--_cs-space-2);
      }
      ul {
        padding-inline-start: var(--_cs-space-5);
      }
      p:last-child,
      ul:last-child {
        margin-block-end: 0;
      }
    `,
  ];

  static {
    registerTranslations(translations);
  }

  protected override render(): TemplateResult {
    return html`<section part="info" class="info" lang=${this.locale} dir=${this.direction} aria-labelledby="title">
      <p class="title" id="title">${msg('Staying safe on this site', { id: 'safety.title' })}</p>
      <p>
        ${msg(
          'The “Exit this page” button, or Shift pressed 3 times, takes you to another website at once and removes what this site stored in your browser.',
          {
            id: 'safety.what-it-does',
          },
        )}
      </p>
      <p>${msg('It does not erase your browsing history. Someone using this device could still see that you visited this site.', { id: 'safety.what-it-does-not' })}</p>
      <ul>
        <li>${msg('Use a private or incognito window: it keeps no history once you close it.', { id: 'safety.private' })}</li>
        <li>${msg('Or delete this site from your browsing history in your browser’s settings.', { id: 'safety.clear-history' })}</li>
        <li>${msg('If you are in danger now, call 112.', { id: 'safety.emergency' })}</li>
      </ul>
    </section>`;
  }
}
