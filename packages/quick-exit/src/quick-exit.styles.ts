import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: contents;
  }
  .wrap {
    position: fixed;
    z-index: 2147483646;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: var(--_cs-space-1);
    max-inline-size: calc(100vw - 2 * var(--_cs-space-4));
  }
  .wrap[data-position='bottom-end'] {
    inset-block-end: var(--_cs-space-4);
    inset-inline-end: var(--_cs-space-4);
  }
  .wrap[data-position='bottom-start'] {
    inset-block-end: var(--_cs-space-4);
    inset-inline-start: var(--_cs-space-4);
  }
  .wrap[data-position='top-end'] {
    inset-block-start: var(--_cs-space-4);
    inset-inline-end: var(--_cs-space-4);
  }
  .wrap[data-position='top-start'] {
    inset-block-start: var(--_cs-space-4);
    inset-inline-start: var(--_cs-space-4);
  }
  .wrap[data-position='inline'] {
    position: static;
    display: inline-flex;
    max-inline-size: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_cs-size-target);
    padding: var(--_cs-space-2) var(--_cs-space-5);
    border: 2px solid var(--_cs-color-on-exit);
    border-radius: var(--_cs-radius-md);
    background: var(--_cs-color-exit-bg);
    color: var(--_cs-color-on-exit);
    box-shadow: var(--_cs-shadow-2);
    font-size: var(--_cs-font-size-md);
    font-weight: var(--_cs-font-weight-bold);
    text-decoration: none;
    text-align: center;
  }
  .button:hover {
    text-decoration: underline;
  }
  .hint {
    margin: 0;
    padding: var(--_cs-space-1) var(--_cs-space-2);
    border-radius: var(--_cs-radius-sm);
    background: var(--_cs-color-surface);
    color: var(--_cs-color-text);
    font-size: var(--_cs-font-size-xs);
    text-align: center;
  }
  /* Covers the whole page at once while the browser leaves it. */
  .cover {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    background: var(--_cs-color-bg);
  }
  .cover[hidden] {
    display: none;
  }
`;
