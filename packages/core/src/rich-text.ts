/**
 * The small formatting subset content may use, parsed into a tree that is rendered as text
 * (never as HTML):
 *
 * - paragraphs, separated by a blank line;
 * - lists: consecutive lines starting with "- " (bulleted) or "1. " (numbered);
 * - emphasis: *emphasis* and **strong**;
 * - links: [label](https://…), [label](mailto:…), [label](tel:…). A link with any other
 *   scheme (javascript:, data:, http:) keeps its label as plain text, and so does a relative
 *   one: the same content is shown on many sites, where a relative path would lead elsewhere.
 *
 * Anything else, HTML tags included, is kept as literal text.
 */

import { linkScheme, safeHref, type LinkScheme } from './safe-url.js';

export type Inline = { type: 'text'; text: string } | { type: 'em' | 'strong'; children: Inline[] } | { type: 'link'; href: string; children: Inline[] };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

const CONTENT_SCHEMES: ReadonlySet<string> = new Set<LinkScheme>(['https:', 'mailto:', 'tel:']);
// A phone link holds a number; anything else after "tel:" is a mistake in the content.
const PHONE = /^tel:\+?[0-9 ()-]+$/i;

/** Whether content may link to `href`: the core link rule, narrowed to absolute https, mailto and tel. */
export function isSafeHref(href: string): boolean {
  const safe = safeHref(href, { schemes: CONTENT_SCHEMES, relative: false });
  return safe !== null && (linkScheme(safe) !== 'tel:' || PHONE.test(safe));
}

const BULLET = /^\s*[-*]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const ordered = lines.every((line) => NUMBERED.test(line));
    if (ordered || lines.every((line) => BULLET.test(line))) {
      const marker = ordered ? NUMBERED : BULLET;
      blocks.push({ type: 'list', ordered, items: lines.map((line) => parseInline(line.replace(marker, ''))) });
    } else {
      blocks.push({ type: 'paragraph', children: parseInline(lines.map((l) => l.trim()).join(' ')) });
    }
  }
  return blocks;
}

// Order matters: links first (their labels may hold emphasis), then strong before em.
// A link target may hold one level of parentheses, so "(javascript:alert(1))" is read whole.
const INLINE = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|\*\*(.+?)\*\*|\*(.+?)\*/;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  while (rest !== '') {
    const match = INLINE.exec(rest);
    if (!match) {
      pushText(out, rest);
      break;
    }
    pushText(out, rest.slice(0, match.index));
    const [whole, label, href, strong, em] = match;
    if (label !== undefined && href !== undefined) {
      if (isSafeHref(href)) out.push({ type: 'link', href: href.trim(), children: parseInline(label) });
      else out.push(...parseInline(label));
    } else if (strong !== undefined) {
      out.push({ type: 'strong', children: parseInline(strong) });
    } else if (em !== undefined) {
      out.push({ type: 'em', children: parseInline(em) });
    }
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** The same content as plain text, for clipboards, titles and `aria-label`s. */
export function richTextToPlain(blocks: Block[]): string {
  const inline = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : inline(n.children))).join('');
  return blocks
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n')))
    .join('\n\n');
}
