import { CONTENT_LANGUAGES, LEVELS, type ContentLanguage, type ModuleLevel } from '@childrensafe/content/vocabulary';
import type { LocalizedText, TrainingModule } from '@childrensafe/content';

/** What a card says about a module besides its texts. Anything unknown is left out, not guessed. */
export interface CardFacts {
  durationMinutes?: number;
  unitCount?: number;
  level?: ModuleLevel;
  languages: ContentLanguage[];
}

/**
 * The languages a module can really be followed in, when it does not say: those its title,
 * summary, audience and every unit are written in. English always qualifies.
 */
export function availableLanguages(module: TrainingModule): ContentLanguage[] {
  const texts: LocalizedText[] = [module.title, module.summary, module.audience, ...module.units.flatMap((u) => [u.title, u.description])];
  return CONTENT_LANGUAGES.filter((lang) => texts.every((t) => (t[lang] ?? '').trim() !== ''));
}

export function factsFromModule(module: TrainingModule): CardFacts {
  return {
    durationMinutes: module.durationMinutes,
    unitCount: module.units.length,
    level: module.level,
    languages: module.languages ?? availableLanguages(module),
  };
}

/** The attributes a page sets on a card whose texts are slotted. */
export interface CardAttributes {
  duration?: string | null;
  units?: string | null;
  level?: string | null;
  languages?: string | null;
}

/**
 * Reads the attributes of a slotted card. A value that makes no sense (a negative duration,
 * an unknown level, "abc") is dropped so the card shows less rather than something wrong.
 */
export function factsFromAttributes(attributes: CardAttributes): CardFacts {
  const positive = (value: string | null | undefined) => {
    const n = Number(value);
    return value != null && value.trim() !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const level = LEVELS.find((l) => l === attributes.level?.trim());
  const languages = (attributes.languages ?? '')
    .split(/[\s,]+/)
    .map((code) => code.toLowerCase())
    .filter((code): code is ContentLanguage => (CONTENT_LANGUAGES as readonly string[]).includes(code));
  const facts: CardFacts = { languages: [...new Set(languages)] };
  const durationMinutes = positive(attributes.duration);
  const unitCount = positive(attributes.units);
  if (durationMinutes !== undefined) facts.durationMinutes = durationMinutes;
  if (unitCount !== undefined) facts.unitCount = unitCount;
  if (level) facts.level = level;
  return facts;
}
