import { msg } from '@childrensafe/core';
import type { Audience, ChannelType, Cost, Topic } from '@childrensafe/content/vocabulary';

/** The reader's words for the content's fixed vocabulary, in menus and on each line. */

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'sexual-exploitation':
      return msg('Sexual exploitation', { id: 'finder.topic.sexual-exploitation', desc: 'A helpline topic: sexual exploitation of children.' });
    case 'abuse':
      return msg('Abuse and violence', { id: 'finder.topic.abuse', desc: 'A helpline topic: abuse of and violence against children.' });
    case 'missing-children':
      return msg('Missing children', { id: 'finder.topic.missing-children' });
    case 'emergency':
      return msg('Emergencies', { id: 'finder.topic.emergency' });
    case 'online-safety':
      return msg('Online safety', { id: 'finder.topic.online-safety' });
    case 'abuse-material':
      return msg('Child sexual abuse material online', {
        id: 'finder.topic.abuse-material',
        desc: 'A helpline topic: reporting child sexual abuse material seen online (hotlines).',
      });
    case 'advice-professionals':
      return msg('Advice for professionals', { id: 'finder.topic.advice-professionals' });
    case 'parents':
      return msg('Support for parents', { id: 'finder.topic.parents' });
    case 'mental-health':
      return msg('Emotional support', { id: 'finder.topic.mental-health', desc: 'A helpline topic: listening and emotional or mental-health support.' });
    case 'trafficking':
      return msg('Trafficking', { id: 'finder.topic.trafficking', desc: 'A helpline topic: trafficking in human beings.' });
  }
}

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'children':
      return msg('Children and young people', { id: 'finder.audience.children' });
    case 'adults':
      return msg('Parents and other adults', { id: 'finder.audience.adults' });
    case 'professionals':
      return msg('Professionals', { id: 'finder.audience.professionals' });
  }
}

/** A way to get in touch, as a menu choice. */
export function channelLabel(channel: ChannelType): string {
  switch (channel) {
    case 'phone':
      return msg('Phone call', { id: 'finder.channel.phone' });
    case 'sms':
      return msg('Text message (SMS)', { id: 'finder.channel.sms' });
    case 'chat':
      return msg('Online chat', { id: 'finder.channel.chat' });
    case 'email':
      return msg('Email', { id: 'finder.channel.email' });
    case 'whatsapp':
      return msg('WhatsApp', { id: 'finder.channel.whatsapp' });
    case 'form':
      return msg('Online form', { id: 'finder.channel.form', desc: 'A way to get in touch: an online reporting form.' });
  }
}

export function costLabel(cost: Cost): string {
  switch (cost) {
    case 'free':
      return msg('Free', { id: 'finder.cost.free', desc: 'The cost of contacting a helpline.' });
    case 'standard-rate':
      return msg('Standard rate', { id: 'finder.cost.standard-rate', desc: 'The cost of contacting a helpline: the price of an ordinary call.' });
    case 'unknown':
      return msg('Not stated', { id: 'finder.cost.unknown', desc: 'The cost of contacting a helpline is not given by its sources.' });
  }
}
