import { html, nothing, type TemplateResult } from 'lit';
import { parseRichText, type Block, type Inline } from './rich-text.js';

/**
 * Renders the safe rich-text subset as Lit templates. Every string reaches the DOM as a text
 * binding or an attribute binding, so content can never inject markup.
 */
export function renderRichText(source: string): TemplateResult {
  return html`${parseRichText(source).map(renderBlock)}`;
}

function renderBlock(block: Block): TemplateResult {
  if (block.type === 'paragraph') return html`<p>${renderInline(block.children)}</p>`;
  const items = block.items.map((item) => html`<li>${renderInline(item)}</li>`);
  return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}

function renderInline(nodes: Inline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'link':
        // prettier-ignore
        return html`<a href=${node.href} rel=${node.href.startsWith('https:') ? 'noopener noreferrer' : nothing}>${renderInline(node.children)}</a>`;
    }
  });
}
