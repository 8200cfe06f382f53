import { css } from 'lit';

/** Phone first: one column, large targets, numbers that wrap between groups, never sideways scrolling. */
export const finderStyles = css`
  .finder {
    overflow-wrap: anywhere;
  }
  .emergency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cs-space-2) var(--_cs-space-4);
    padding: var(--_cs-space-4);
    border: 2px solid var(--_cs-color-danger-text);
    border-radius: var(--_cs-radius-md);
    background: var(--_cs-color-danger-surface);
    color: var(--_cs-color-danger-text);
  }
  .emergency-title {
    flex: 1 1 calc(16 * var(--_cs-unit));
    font-weight: var(--_cs-font-weight-bold);
  }
  .emergency-name {
    flex-basis: 100%;
    font-size: var(--_cs-font-size-sm);
  }
  .contact {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_cs-size-target);
    padding: var(--_cs-space-2) var(--_cs-space-4);
    box-sizing: border-box;
    border-radius: var(--_cs-radius-md);
    background: var(--_cs-color-accent);
    color: var(--_cs-color-on-accent);
    font-weight: var(--_cs-font-weight-bold);
    text-decoration: none;
  }
  .contact:hover {
    text-decoration: underline;
  }
  .emergency-call {
    background: var(--_cs-color-danger-text);
    color: var(--_cs-color-danger-surface);
    font-size: var(--_cs-font-size-lg);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(14 * var(--_cs-unit))), 1fr));
    gap: var(--_cs-space-3) var(--_cs-space-4);
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-1);
    min-inline-size: 0;
  }
  .field.query {
    grid-column: 1 / -1;
  }
  label {
    font-weight: var(--_cs-font-weight-bold);
  }
  select,
  input[type='search'] {
    min-block-size: var(--_cs-size-target);
    inline-size: 100%;
    box-sizing: border-box;
    padding: var(--_cs-space-2) var(--_cs-space-3);
    border: 1px solid var(--_cs-color-border-strong);
    border-radius: var(--_cs-radius-sm);
    background: var(--_cs-color-surface);
    color: var(--_cs-color-text);
    font: inherit;
  }
  .open-now {
    display: flex;
    align-items: center;
    gap: var(--_cs-space-3);
    min-block-size: var(--_cs-size-target);
    cursor: pointer;
  }
  .open-now input {
    inline-size: calc(1.25 * var(--_cs-unit));
    block-size: calc(1.25 * var(--_cs-unit));
    margin: 0;
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-4);
    padding: 0;
    list-style: none;
  }
  .entry > article {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-3);
    padding: var(--_cs-space-4);
    border: 1px solid var(--_cs-color-border-strong);
    border-radius: var(--_cs-radius-md);
  }
  .name {
    font-size: var(--_cs-font-size-lg);
    font-weight: var(--_cs-font-weight-bold);
    line-height: var(--_cs-line-height-tight);
  }
  .hours {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_cs-space-2);
    font-weight: var(--_cs-font-weight-bold);
  }
  /* A dot says the state at a glance; the words say it to everyone. */
  .hours::before {
    content: '';
    flex: none;
    inline-size: calc(0.625 * var(--_cs-unit));
    block-size: calc(0.625 * var(--_cs-unit));
    border-radius: 50%;
    background: currentColor;
  }
  .hours[data-state='open'],
  .hours[data-state='always'] {
    color: var(--_cs-color-success-text);
  }
  .hours[data-state='closed'] {
    color: var(--_cs-color-warning-text);
  }
  .hours[data-state='varies'],
  .hours[data-state='unstated'] {
    color: var(--_cs-color-text-muted);
  }
  .channels {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-3);
    padding: 0;
    list-style: none;
  }
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cs-space-2) var(--_cs-space-3);
  }
  .channel-hours {
    flex-basis: 100%;
    font-size: var(--_cs-font-size-sm);
  }
  .facts {
    display: grid;
    gap: var(--_cs-space-1);
    margin: 0;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_cs-space-2);
  }
  dt {
    font-weight: var(--_cs-font-weight-bold);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .notes summary {
    cursor: pointer;
    min-block-size: var(--_cs-size-target);
    display: flex;
    align-items: center;
    color: var(--_cs-color-link);
  }
  .source,
  .notes p {
    font-size: var(--_cs-font-size-sm);
    color: var(--_cs-color-text-muted);
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_cs-space-3);
  }
  .copy-failed {
    color: var(--_cs-color-danger-text);
  }
  @media (forced-colors: active) {
    .hours::before {
      background: CanvasText;
    }
  }
`;
