import type { Channel } from '@childrensafe/content';

/**
 * The link that opens a channel in the reader's own app: the dialler, the messages app, the
 * mail client, or the helpline's chat or reporting form page. WhatsApp opens through its own click-to-chat
 * address, which takes the number without its plus sign.
 */
export function contactHref(channel: Channel): string {
  switch (channel.type) {
    case 'phone':
      return `tel:${channel.dial}`;
    case 'sms':
      return `sms:${channel.dial}`;
    case 'whatsapp':
      return `https://wa.me/${channel.dial.slice(1)}`;
    case 'chat':
    case 'form':
      return channel.url;
    case 'email':
      return `mailto:${channel.address}`;
  }
}

/** What the copy button copies: the number as written, or the address; nothing for a chat or a form page. */
export function copyableText(channel: Channel): string | null {
  switch (channel.type) {
    case 'phone':
    case 'sms':
    case 'whatsapp':
      return channel.display;
    case 'email':
      return channel.address;
    case 'chat':
    case 'form':
      return null;
  }
}
