import { css } from 'lit';

/** Tokens only (`--_cs-*`): colours, space and type come from @childrensafe/tokens. */
export const __camel__Styles = css`
  .status {
    color: var(--_cs-color-text-muted);
  }
  button[aria-pressed='true'] {
    border-color: var(--_cs-color-accent);
  }
`;
