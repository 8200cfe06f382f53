import { describe, expect, it } from 'vitest';
import { availableLanguages, factsFromAttributes, factsFromModule } from '../src/module-card-model.js';
import { partlyTranslatedModule } from '../fixtures/module-card.fixtures.js';

describe('availableLanguages', () => {
  it('lists the languages every text of the module is written in', () => {
    expect(availableLanguages(partlyTranslatedModule)).toEqual(['en', 'fr', 'el']);
  });

  it('drops a language as soon as one text lacks it', () => {
    const module = structuredClone(partlyTranslatedModule);
    delete module.units[0]!.description.el;
    expect(availableLanguages(module)).toEqual(['en', 'fr']);
  });
});

describe('factsFromModule', () => {
  it('takes the languages a module states over what its texts show', () => {
    expect(factsFromModule({ ...partlyTranslatedModule, languages: ['en', 'it'] }).languages).toEqual(['en', 'it']);
  });

  it('counts units and keeps duration and level', () => {
    expect(factsFromModule(partlyTranslatedModule)).toEqual({
      durationMinutes: 60,
      unitCount: 1,
      level: 'intermediate',
      languages: ['en', 'fr', 'el'],
    });
  });
});

describe('factsFromAttributes', () => {
  it('reads well-formed attributes', () => {
    expect(factsFromAttributes({ duration: '45', units: '4', level: 'advanced', languages: 'en FR, el' })).toEqual({
      durationMinutes: 45,
      unitCount: 4,
      level: 'advanced',
      languages: ['en', 'fr', 'el'],
    });
  });

  it.each([
    [{ duration: '-5' }],
    [{ duration: '0' }],
    [{ duration: '4.5' }],
    [{ duration: 'abc' }],
    [{ duration: '' }],
    [{ units: '1e3x' }],
    [{ level: 'expert' }],
    [{ languages: 'de pt' }],
    [{}],
  ])('drops what makes no sense: %o', (attributes) => {
    expect(factsFromAttributes(attributes)).toEqual({ languages: [] });
  });

  it('lists each language once', () => {
    expect(factsFromAttributes({ languages: 'en en fr' }).languages).toEqual(['en', 'fr']);
  });
});
