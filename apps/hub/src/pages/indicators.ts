/**
 * Indicators: the checklist (hydrated), what the quick exit does and does not do, and every
 * country's reporting route with its legal duty and sources, for readers without a
 * safeguarding lead.
 */
import { html } from 'lit';
import { displayNames, renderRichText, renderSource } from '@childrensafe/core';
import type { IndicatorSet } from '@childrensafe/content';
import { text } from '../document.js';
import { pageById, pageUrl } from '../site.js';
import { renderSections } from './sections.js';
import { textView, type PageContext, type PageView } from './view.js';

export function indicatorsPage(ctx: PageContext): PageView {
  const { data, language } = ctx;
  const set = data.get('indicator-set', 'stop-indicators') as IndicatorSet;
  const helplines = pageById('helplines');
  const country = displayNames(language, { type: 'region' });
  const sections = renderSections(ctx.text, language, {
    checklist: html`<cs-indicator-checklist data-hydrate heading-level="3" helplines-href=${pageUrl(helplines, language)} data-content=${data.key('indicator-set', set.id)} .content=${set}></cs-indicator-checklist>`,
    routes: html`<div class="routes">
      ${set.reportingRoutes.map(
        (route) => html`<section class="route" aria-labelledby=${`route-${route.country}`}>
          <h3 id=${`route-${route.country}`}>${country.of(route.country)}</h3>
          <p class="route-name">${text(route.name, language)}</p>
          <div>${renderRichText(text(route.steps, language))}</div>
          <div class="route-duty">${renderRichText(text(route.duty, language))}</div>
          <ul class="sources">${route.sources.map((source) => html`<li>${renderSource(source, language)}</li>`)}</ul>
        </section>`,
      )}
    </div>`,
  });
  // What the quick exit does and does not do: a region with its own title, after the routes.
  return textView(ctx, {}, html`${sections}<cs-safety-info></cs-safety-info>`);
}
