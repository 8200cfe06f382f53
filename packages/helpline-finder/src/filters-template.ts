import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@childrensafe/core';
import type { Audience, ChannelType, Topic } from '@childrensafe/content/vocabulary';
import { hasFilters, type Filters } from './model/helpline-search.js';
import { audienceLabel, channelLabel, topicLabel } from './labels.js';

export interface FiltersView {
  /** The countries to choose from, in the order shown. */
  countries: string[];
  country: string | null;
  countryName(code: string): string;
  filters: Filters;
  topics: Topic[];
  audiences: Audience[];
  channels: ChannelType[];
  onCountry(code: string): void;
  /** `typing`: the change came from the search field, whose count is announced once typing pauses. */
  onFilter(change: Partial<Filters>, typing: boolean): void;
  onClear(): void;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * A menu whose first choice is "any". Options carry `selected` for the server's HTML; the
 * finder sets the live value after each render.
 */
function menu<T extends string>(
  id: keyof Filters,
  label: string,
  any: string,
  values: T[],
  current: T | '',
  text: (v: T) => string,
  view: FiltersView,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} data-filter=${id} @change=${(e: Event) => view.onFilter({ [id]: value(e) }, false)}>
      <option value="" ?selected=${current === ''}>${any}</option>
      ${values.map((v) => html`<option value=${v as string} ?selected=${v === current}>${text(v)}</option>`)}
    </select>
  </div>`;
}

/** The country, a search field, topic, audience and channel menus, "open now", and "Clear filters". */
export function renderFilters(view: FiltersView): TemplateResult {
  const { filters } = view;
  return html`<form part="filters" class="filters" role="search" aria-labelledby="title" @submit=${(e: Event) => e.preventDefault()}>
    <div class="field country">
      <label for="country">${msg('Country', { id: 'finder.country' })}</label>
      <select id="country" data-filter="country" @change=${(e: Event) => view.onCountry(value(e))}>
        ${view.country ? nothing : html`<option value="" selected>${msg('Choose your country', { id: 'finder.country.choose' })}</option>`}
        ${view.countries.map((code) => html`<option value=${code} ?selected=${code === view.country}>${view.countryName(code)}</option>`)}
      </select>
    </div>
    <div class="field query">
      <label for="query">${msg('Search by name, need or number', { id: 'finder.query' })}</label>
      <input id="query" data-filter="query" type="search" autocomplete="off" spellcheck="false" value=${filters.query} @input=${(e: Event) => view.onFilter({ query: value(e) }, true)} />
    </div>
    ${menu('topic', msg('Topic', { id: 'finder.topic' }), msg('All topics', { id: 'finder.topic.any' }), view.topics, filters.topic, topicLabel, view)}
    ${menu('audience', msg('For', { id: 'finder.audience', desc: 'Who a helpline answers, e.g. "For: Children and young people"; also the label of that menu.' }), msg('Everyone', { id: 'finder.audience.any' }), view.audiences, filters.audience, audienceLabel, view)}
    ${menu('channel', msg('Way to get in touch', { id: 'finder.channel' }), msg('Any way', { id: 'finder.channel.any' }), view.channels, filters.channel, channelLabel, view)}
    <label class="open-now">
      <input type="checkbox" data-filter="openNow" ?checked=${filters.openNow} @change=${(e: Event) => view.onFilter({ openNow: (e.target as HTMLInputElement).checked }, false)} />
      <span>${msg('Open now', { id: 'finder.open-now' })}</span>
    </label>
    ${hasFilters(filters) ? html`<button type="button" part="button" class="clear" @click=${view.onClear}>${msg('Clear filters', { id: 'finder.clear' })}</button>` : nothing}
  </form>`;
}
