import { css } from 'lit';
import { hostDefaults } from '@childrensafe/tokens/host-defaults';

/**
 * Styles every widget starts from: the token defaults (so a widget looks right on a page that
 * loads no theme; they size the widget from the reader's browser setting, not the page's root),
 * the focus ring, a visually-hidden utility for screen-reader-only text, and reduced motion.
 *
 * A page's colour reaches the host through inheritance, even `* { color: red !important }`;
 * page rules never match inside the shadow tree. So each widget's outermost element sets its
 * own text colour and background together (the panel, the card): inherited page colour stops there.
 */
export const baseStyles = [
  hostDefaults,
  css`
    :host {
      display: block;
      font-family: var(--_cs-font-family);
      line-height: var(--_cs-line-height-base);
      color: var(--_cs-color-text);
    }
    :host([hidden]) {
      display: none;
    }
    :focus-visible {
      outline: var(--_cs-focus-width) solid var(--_cs-color-focus);
      outline-offset: var(--_cs-focus-offset);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .error {
      margin: 0;
      padding: var(--_cs-space-3) var(--_cs-space-4);
      border-inline-start: var(--_cs-space-1) solid var(--_cs-color-danger-text);
      background: var(--_cs-color-danger-surface);
      color: var(--_cs-color-danger-text);
      border-radius: var(--_cs-radius-sm);
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
