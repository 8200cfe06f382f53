/** What each page composer gives the frame: its heading, its description, its intro and its main content. */
import { html } from '@lit-labs/ssr';
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { text } from '../document.js';
import type { PageText } from '../page-content.js';
import type { PageEntry } from '../site.js';
import type { PageData } from '../widget-data.js';
import { renderSections } from './sections.js';

export interface PageView {
  /** A line above the heading that says what kind of page this is ("STOP training module"). */
  eyebrow?: string;
  heading: string;
  description: string;
  intro?: unknown;
  main: unknown;
}

export interface PageContext {
  page: PageEntry;
  language: ContentLanguage;
  text: PageText;
  data: PageData;
  /** The widgets' release, which the partners page offers for download. */
  widgetsVersion: string;
}

function missingDescription(id: string): never {
  throw new Error(`content/pages/${id}.json: a page needs a description for search engines`);
}

/** A page whose text file says it all: its title, description and intro, and its sections with what `inside` puts in them. */
export function textView(ctx: PageContext, inside: Record<string, unknown> = {}, main?: unknown): PageView {
  const { text: page, language } = ctx;
  return {
    heading: text(page.title, language),
    description: page.description ? text(page.description, language) : missingDescription(ctx.page.id),
    intro: page.intro ? html`<p class="intro">${text(page.intro, language)}</p>` : '',
    main: main ?? renderSections(page, language, inside),
  };
}
