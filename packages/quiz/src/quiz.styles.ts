import { css } from 'lit';

export const quizStyles = css`
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cs-space-2) var(--_cs-space-4);
    padding: 0;
    list-style: none;
    color: var(--_cs-color-text-muted);
    font-size: var(--_cs-font-size-sm);
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-1);
    font-size: var(--_cs-font-size-sm);
    color: var(--_cs-color-text-muted);
  }
  .bar {
    inline-size: 100%;
    block-size: var(--_cs-space-2);
  }
  .question {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-size: var(--_cs-font-size-lg);
    font-weight: var(--_cs-font-weight-bold);
    line-height: var(--_cs-line-height-tight);
  }
  .hint {
    margin-block: var(--_cs-space-2) var(--_cs-space-3);
    color: var(--_cs-color-text-muted);
    font-size: var(--_cs-font-size-sm);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-2);
    padding: 0;
    list-style: none;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: var(--_cs-space-1) var(--_cs-space-3);
    min-block-size: var(--_cs-size-target);
    box-sizing: border-box;
    padding: var(--_cs-space-3);
    border: 1px solid var(--_cs-color-border-strong);
    border-radius: var(--_cs-radius-md);
    cursor: pointer;
  }
  .option:has(input:focus-visible) {
    outline: var(--_cs-focus-width) solid var(--_cs-color-focus);
    outline-offset: var(--_cs-focus-offset);
  }
  .option:has(input:checked) {
    background: var(--_cs-color-accent-surface);
  }
  .option:has(input:disabled) {
    cursor: default;
  }
  input {
    inline-size: calc(1.25 * var(--_cs-unit));
    block-size: calc(1.25 * var(--_cs-unit));
    margin: calc(0.125 * var(--_cs-unit)) 0 0;
  }
  input:focus-visible {
    outline: none;
  }
  .option[data-state='right'] {
    border-color: var(--_cs-color-success-text);
    border-inline-start-width: var(--_cs-space-1);
  }
  .option[data-state='wrong'] {
    border-color: var(--_cs-color-danger-text);
    border-inline-start-width: var(--_cs-space-1);
  }
  .mark {
    grid-column: 2;
    font-size: var(--_cs-font-size-sm);
    font-weight: var(--_cs-font-weight-bold);
  }
  [data-state='right'] > .mark {
    color: var(--_cs-color-success-text);
  }
  [data-state='wrong'] > .mark {
    color: var(--_cs-color-danger-text);
  }
  .option-feedback {
    margin-block-start: var(--_cs-space-1);
    padding-inline-start: var(--_cs-space-5);
    font-size: var(--_cs-font-size-sm);
  }
  .feedback,
  .outcome {
    padding: var(--_cs-space-3) var(--_cs-space-4);
    border-radius: var(--_cs-radius-md);
    border-inline-start: var(--_cs-space-1) solid;
  }
  .feedback[data-state='right'],
  .outcome[data-state='passed'] {
    background: var(--_cs-color-success-surface);
    border-color: var(--_cs-color-success-text);
  }
  .feedback[data-state='partly'] {
    background: var(--_cs-color-warning-surface);
    border-color: var(--_cs-color-warning-text);
  }
  .feedback[data-state='wrong'],
  .outcome[data-state='failed'] {
    background: var(--_cs-color-surface-alt);
    border-color: var(--_cs-color-border-strong);
  }
  .verdict {
    font-weight: var(--_cs-font-weight-bold);
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--_cs-space-3);
  }
  .results-title {
    font-size: var(--_cs-font-size-lg);
    font-weight: var(--_cs-font-weight-bold);
  }
  .score {
    font-size: var(--_cs-font-size-lg);
  }
  .points {
    font-size: var(--_cs-font-size-md);
    color: var(--_cs-color-text-muted);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_cs-focus-width) solid var(--_cs-color-focus);
  }
`;
