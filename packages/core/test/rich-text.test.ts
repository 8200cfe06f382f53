import { describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { isSafeHref, parseRichText, richTextToPlain } from '../src/rich-text.js';
import { renderRichText } from '../src/rich-text-template.js';

const toHtml = async (source: string) => (await collectResult(render(renderRichText(source)))).replace(/<!--[^>]*-->|<\?>/g, '');

describe('parseRichText', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseRichText('One\nline.\n\nTwo.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One line.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Two.' }] },
    ]);
  });

  it('reads bulleted and numbered lists', () => {
    const [bullets, numbers] = parseRichText('- a\n- b\n\n1. x\n2. y');
    expect(bullets).toMatchObject({ type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] });
    expect(numbers).toMatchObject({ type: 'list', ordered: true, items: [[{ text: 'x' }], [{ text: 'y' }]] });
  });

  it('reads emphasis, strong and links, nested', () => {
    expect(parseRichText('Call **[116 111](tel:116111)** *now*')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Call ' },
          { type: 'strong', children: [{ type: 'link', href: 'tel:116111', children: [{ type: 'text', text: '116 111' }] }] },
          { type: 'text', text: ' ' },
          { type: 'em', children: [{ type: 'text', text: 'now' }] },
        ],
      },
    ]);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://example.org', '/relative', '//example.org/x', 'vbscript:x', 'tel:abc'])(
    'refuses the link %s and keeps its label as text',
    (href) => {
      expect(isSafeHref(href)).toBe(false);
      expect(parseRichText(`[click](${href})`)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'click' }] }]);
    },
  );

  it.each(['https://example.org/a?b=c', 'mailto:help@example.org', 'tel:+33 1 23 45 67 89', 'tel:116111'])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it('turns the tree back into plain text', () => {
    expect(richTextToPlain(parseRichText('A *b* [c](https://x.org)\n\n- d\n- e'))).toBe('A b c\n\n- d\n- e');
  });
});

describe('renderRichText', () => {
  it('renders the subset as elements', async () => {
    expect(await toHtml('Hello *you*\n\n- [help](https://example.org)')).toBe(
      '<p>Hello <em>you</em></p><ul><li><a href="https://example.org" rel="noopener noreferrer">help</a></li></ul>',
    );
  });

  it('renders raw HTML as text, never as markup', async () => {
    const out = await toHtml('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never renders a javascript: link', async () => {
    const out = await toHtml('[x](javascript:alert(1))');
    expect(out).toBe('<p>x</p>');
  });
});
