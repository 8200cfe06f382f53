import { css } from 'lit';

/**
 * The look of the widgets that are a panel of content and controls (quiz, checklist): the
 * box, its title, content paragraphs, and the buttons. Each widget adds its own parts.
 */
export const panelStyles = css`
  :host {
    max-inline-size: var(--_cs-size-content-max);
  }
  .panel {
    color: var(--_cs-color-text);
    font-size: var(--_cs-font-size-md);
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-4);
    padding: var(--_cs-space-5);
    background: var(--_cs-color-surface);
    border: 1px solid var(--_cs-color-border);
    border-radius: var(--_cs-radius-lg);
    color-scheme: var(--_cs-color-scheme);
    accent-color: var(--_cs-color-accent);
  }
  .title {
    font-size: var(--_cs-font-size-xl);
    font-weight: var(--_cs-font-weight-bold);
    line-height: var(--_cs-line-height-tight);
    color: var(--_cs-color-accent-text);
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  /* Paragraphs and lists of content text (descriptions, feedback, guidance) stand apart. */
  div > :is(p, ul, ol) + :is(p, ul, ol) {
    margin-block-start: var(--_cs-space-2);
  }
  a {
    color: var(--_cs-color-link);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cs-space-3);
  }
  button {
    min-block-size: var(--_cs-size-target);
    padding: var(--_cs-space-2) var(--_cs-space-5);
    border: 2px solid var(--_cs-color-accent);
    border-radius: var(--_cs-radius-md);
    background: transparent;
    color: var(--_cs-color-accent-text);
    font: inherit;
    font-weight: var(--_cs-font-weight-bold);
    cursor: pointer;
  }
  button.primary {
    background: var(--_cs-color-accent);
    color: var(--_cs-color-on-accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* A note set apart from the content: a disclaimer, what the list below shows and why. */
  .note {
    padding: var(--_cs-space-3) var(--_cs-space-4);
    border-inline-start: var(--_cs-space-1) solid var(--_cs-color-info-text);
    background: var(--_cs-color-info-surface);
    border-radius: var(--_cs-radius-sm);
  }
  .count {
    font-weight: var(--_cs-font-weight-bold);
  }
`;
