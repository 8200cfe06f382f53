import { css } from 'lit';

export const checklistStyles = css`
  .categories {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-3);
  }
  .category {
    border: 1px solid var(--_cs-color-border-strong);
    border-radius: var(--_cs-radius-md);
  }
  .category > summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_cs-space-2);
    min-block-size: var(--_cs-size-target);
    box-sizing: border-box;
    align-items: center;
    padding: var(--_cs-space-2) var(--_cs-space-4);
    cursor: pointer;
    font-weight: var(--_cs-font-weight-bold);
  }
  .category-count {
    color: var(--_cs-color-text-muted);
    font-weight: var(--_cs-font-weight-regular);
  }
  .indicators {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-2);
    padding: 0 var(--_cs-space-4) var(--_cs-space-4);
    list-style: none;
  }
  .indicator label {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_cs-space-3);
    align-items: start;
    min-block-size: var(--_cs-size-target);
    padding-block: var(--_cs-space-2);
    cursor: pointer;
  }
  input {
    inline-size: calc(1.25 * var(--_cs-unit));
    block-size: calc(1.25 * var(--_cs-unit));
    margin: calc(0.125 * var(--_cs-unit)) 0 0;
  }
  .explanation {
    margin-inline-start: calc(1.25 * var(--_cs-unit) + var(--_cs-space-3));
    font-size: var(--_cs-font-size-sm);
  }
  .explanation > summary {
    min-block-size: calc(1.5 * var(--_cs-unit));
    color: var(--_cs-color-link);
    text-decoration: underline;
    cursor: pointer;
  }
  .result {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-3);
    padding: var(--_cs-space-4);
    border: 2px solid var(--_cs-color-accent);
    border-radius: var(--_cs-radius-md);
    background: var(--_cs-color-surface-alt);
  }
  .result-title {
    font-size: var(--_cs-font-size-lg);
    font-weight: var(--_cs-font-weight-bold);
  }
  .actions-list {
    padding-inline-start: var(--_cs-space-5);
  }
  .emergency {
    padding: var(--_cs-space-2) var(--_cs-space-3);
    border-inline-start: var(--_cs-space-1) solid var(--_cs-color-danger-text);
    background: var(--_cs-color-danger-surface);
    color: var(--_cs-color-danger-text);
    font-weight: var(--_cs-font-weight-bold);
  }
  /* Why the level is higher than the count: said right under the level, in bold. */
  .raised-by {
    font-weight: var(--_cs-font-weight-bold);
  }
  .route {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-2);
    padding-block-start: var(--_cs-space-3);
    border-block-start: 1px solid var(--_cs-color-border);
  }
  .route-title,
  .route-name,
  .routes .country {
    font-weight: var(--_cs-font-weight-bold);
  }
  .routes,
  .sources {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-1);
    padding-inline-start: var(--_cs-space-5);
  }
  .sources {
    padding-inline-start: 0;
    list-style: none;
    font-size: var(--_cs-font-size-sm);
  }
  .route a {
    color: var(--_cs-color-link);
  }
  .copy-failed {
    padding: var(--_cs-space-2) var(--_cs-space-3);
    border-inline-start: var(--_cs-space-1) solid var(--_cs-color-danger-text);
    background: var(--_cs-color-danger-surface);
    color: var(--_cs-color-danger-text);
  }
  .print-summary {
    display: none;
  }
  /* On paper: the summary only (date, case reference line, band, ticked indicators), no controls. */
  @media print {
    .panel {
      border: 0;
      padding: 0;
    }
    /* The summary starts with the title: print it once. */
    .title,
    .screen,
    .disclaimer,
    .result > :not(.print-summary) {
      display: none;
    }
    .result {
      border: 0;
      padding: 0;
      background: none;
    }
    .print-summary {
      display: block;
      white-space: pre-wrap;
      font: inherit;
      margin: 0;
    }
  }
`;
