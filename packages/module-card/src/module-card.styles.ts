import { css } from 'lit';

export const moduleCardStyles = css`
  :host {
    max-inline-size: var(--_cs-size-content-max);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    box-sizing: border-box;
    overflow: hidden;
    /* Colour and background together, so the page's inherited colour stops here. */
    color: var(--_cs-color-text);
    background: var(--_cs-color-surface);
    font-size: var(--_cs-font-size-md);
    border: 1px solid var(--_cs-color-border);
    border-radius: var(--_cs-radius-lg);
    box-shadow: var(--_cs-shadow-1);
    transition: box-shadow var(--_cs-duration-fast) var(--_cs-easing-standard);
  }
  /* The link's box covers the whole card, so the card is one target without nested links. */
  .card:hover {
    box-shadow: var(--_cs-shadow-2);
  }
  .card:has(a:focus-visible) {
    outline: var(--_cs-focus-width) solid var(--_cs-color-focus);
    outline-offset: var(--_cs-focus-offset);
  }
  .image img,
  ::slotted(img) {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-3);
    padding: var(--_cs-space-5);
  }
  .title {
    margin: 0;
    font-size: var(--_cs-font-size-lg);
    font-weight: var(--_cs-font-weight-bold);
    line-height: var(--_cs-line-height-tight);
    color: var(--_cs-color-accent-text);
    overflow-wrap: anywhere;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible {
    outline: none;
  }
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cs-space-2) var(--_cs-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_cs-font-size-sm);
    color: var(--_cs-color-text-muted);
  }
  .facts li {
    white-space: nowrap;
  }
  .level {
    padding: 0 var(--_cs-space-2);
    border-radius: var(--_cs-radius-pill);
    background: var(--_cs-color-accent-surface);
    color: var(--_cs-color-accent-text);
    font-weight: var(--_cs-font-weight-bold);
  }
  /* In a grid of equal-height cards, who it is for and the languages line up at the bottom. */
  .meta {
    margin-block-start: auto;
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-2);
  }
  .audience,
  .languages {
    margin: 0;
    font-size: var(--_cs-font-size-sm);
    color: var(--_cs-color-text-muted);
  }
  .label {
    font-weight: var(--_cs-font-weight-bold);
    color: var(--_cs-color-text);
  }
  [hidden],
  [data-empty] {
    display: none;
  }
  ::slotted(*) {
    margin: 0;
  }
`;
