import { html, nothing, type TemplateResult } from 'lit';
import { formatLanguageList, intlLocale, listFormat, msg, renderSource, renderLocalizedText, str, type Locale } from '@childrensafe/core';
import type { Channel, Helpline } from '@childrensafe/content';
import { contactHref, copyableText } from './model/contact-link.js';
import { channelState, closesOnPublicHolidays, openState, type OpenState } from './model/opening-hours.js';
import { audienceLabel, costLabel } from './labels.js';
import { openStateText } from './opening-text.js';

/** What a line needs from the finder to render: the reader's language, the clock and the actions. */
export interface EntryContext {
  locale: Locale;
  /** The reader's clock; `null` before it is known (a server render), when lines show their timetable. */
  now: number | null;
  /** Level of each line's name heading. */
  level: number;
  /** The channel whose number was just copied (`lineId/index`), to say so on its button. */
  copied: string | null;
  onContact(helpline: Helpline, channel: Channel): void;
  /** Copies `text`; `key` names the channel's button, to say "Copied" on it. */
  onCopy(key: string, text: string): void;
}

/** The link text: what the link does, and the number or address it does it with. */
function contactText(channel: Channel): string {
  switch (channel.type) {
    case 'phone':
      return msg(str`Call ${channel.display}`, { id: 'finder.contact.phone', desc: 'A link that dials a number, e.g. "Call 119".' });
    case 'sms':
      return msg(str`Text ${channel.display}`, { id: 'finder.contact.sms', desc: 'A link that opens a text message (SMS) to a number.' });
    case 'whatsapp':
      return msg(str`WhatsApp ${channel.display}`, { id: 'finder.contact.whatsapp', desc: 'A link that opens a WhatsApp chat with a number.' });
    case 'chat':
      return msg('Chat online', { id: 'finder.contact.chat', desc: 'A link to the helpline’s chat page.' });
    case 'email':
      return msg(str`Email ${channel.address}`, { id: 'finder.contact.email' });
    case 'form':
      return msg('Report online', { id: 'finder.contact.form', desc: 'A link to the helpline’s online reporting form.' });
  }
}

function hours(state: OpenState, context: EntryContext): TemplateResult {
  return html`<span class="hours" data-state=${state.kind}>${openStateText(state, context.locale, context.now)}</span>`;
}

function renderChannel(helpline: Helpline, channel: Channel, index: number, context: EntryContext): TemplateResult {
  const key = `${helpline.id}/${index}`;
  const copyable = copyableText(channel);
  const external = channel.type === 'chat' || channel.type === 'whatsapp' || channel.type === 'form';
  return html`<li class="channel">
    <a
      part="contact"
      class="contact"
      href=${contactHref(channel)}
      rel=${external ? 'noreferrer' : nothing}
      referrerpolicy=${external ? 'no-referrer' : nothing}
      aria-describedby="name-${helpline.id}"
      @click=${() => context.onContact(helpline, channel)}
      >${contactText(channel)}</a
    >
    ${
      copyable
        ? html`<button type="button" part="button" class="copy" @click=${() => context.onCopy(key, copyable)}>
          ${context.copied === key ? msg('Copied', { id: 'finder.copied' }) : msg('Copy', { id: 'finder.copy', desc: 'Button that copies a number or address.' })}
          <span class="visually-hidden">${copyable}</span>
        </button>`
        : nothing
    }
    ${channel.availability ? html`<p class="channel-hours">${hours(channelState(helpline, channel, context.now), context)}</p>` : nothing}
  </li>`;
}

/** One helpline: name, hours now, what it is for, how to reach it, facts, and where it was checked. */
export function renderEntry(helpline: Helpline, context: EntryContext): TemplateResult {
  const { locale } = context;
  const list = listFormat(intlLocale(locale), { type: 'conjunction' });
  return html`<li part="entry" class="entry" data-id=${helpline.id}>
    <article aria-labelledby="name-${helpline.id}" tabindex="-1">
      <div role="heading" aria-level=${context.level} id="name-${helpline.id}" class="name">${renderLocalizedText(helpline.name, locale)}</div>
      <p class="state">
        ${hours(openState(helpline.availability, context.now), context)}
        ${
          closesOnPublicHolidays(helpline.availability)
            ? html`<span class="holidays">· ${msg('Closed on public holidays', { id: 'finder.hours.closed-holidays', desc: 'Said after a line’s hours when it does not answer on the country’s public holidays.' })}</span>`
            : nothing
        }
      </p>
      <p class="description">${renderLocalizedText(helpline.description, locale)}</p>
      <ul class="channels" role="list">
        ${helpline.channels.map((channel, index) => renderChannel(helpline, channel, index, context))}
      </ul>
      <dl class="facts">
        <div>
          <dt>${msg('For', { id: 'finder.audience', desc: 'Who a helpline answers, e.g. "For: Children and young people"; also the label of that menu.' })}</dt>
          <dd>${list.format(helpline.audience.map(audienceLabel))}</dd>
        </div>
        <div>
          <dt>${msg('Languages', { id: 'finder.fact.languages' })}</dt>
          <dd>
            ${
              helpline.languages === 'varies'
                ? msg('Varies by country', {
                    id: 'finder.fact.languages-vary',
                    desc: 'The languages of an EU-wide number, which each country’s operator decides.',
                  })
                : formatLanguageList(helpline.languages, locale)
            }
          </dd>
        </div>
        <div>
          <dt>${msg('Cost', { id: 'finder.fact.cost' })}</dt>
          <dd>${costLabel(helpline.cost)}</dd>
        </div>
      </dl>
      ${
        helpline.notes
          ? html`<details class="notes">
            <summary>${msg('About this information', { id: 'finder.notes', desc: 'Opens notes on the sources of a helpline entry.' })}</summary>
            <p>${renderLocalizedText(helpline.notes, locale)}</p>
          </details>`
          : nothing
      }
      <p class="source">${renderSource(helpline.source, locale)}</p>
    </article>
  </li>`;
}
