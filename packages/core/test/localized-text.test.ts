import { describe, expect, it } from 'vitest';
import { pickText } from '../src/localized-text.js';

const text = { en: 'Awareness', fr: 'Sensibilisation', el: '  ' };

describe('pickText', () => {
  it('picks the reader’s language when there is text for it', () => {
    expect(pickText(text, 'fr')).toEqual({ text: 'Sensibilisation', lang: 'fr', fallback: false });
  });

  it('falls back to English and reports it', () => {
    expect(pickText(text, 'it')).toEqual({ text: 'Awareness', lang: 'en', fallback: true });
  });

  it('treats blank text as missing', () => {
    expect(pickText(text, 'el')).toEqual({ text: 'Awareness', lang: 'en', fallback: true });
  });

  it('is no fallback in English itself', () => {
    expect(pickText(text, 'en')).toEqual({ text: 'Awareness', lang: 'en', fallback: false });
  });

  it('marks English shown in a pseudo-locale as English', () => {
    expect(pickText(text, 'en-XA')).toEqual({ text: 'Awareness', lang: 'en', fallback: true });
  });
});
