export { CsElement } from './cs-element.js';
export { msg, str } from './localize.js';
export { baseStyles } from './shared-styles.js';
export { panelStyles } from './panel-styles.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export {
  CONTENT_LOCALES,
  LOCALES,
  PSEUDO_LOCALES,
  SOURCE_LOCALE,
  TARGET_LOCALES,
  intlLocale,
  isContentLocale,
  localeDirection,
  resolveLocale,
  type ContentLocale,
  type Locale,
  type TargetLocale,
} from './locales.js';
export {
  followDocumentLanguage,
  getLocale,
  onLocaleChange,
  registerTranslations,
  setLocale,
  translationsReady,
  type LocaleModule,
  type TranslationLoaders,
} from './locale-runtime.js';
export { plural, pluralCategory, type PluralForms } from './plural.js';
export { collator, dateTimeFormat, displayNames, listFormat, numberFormat } from './intl-cache.js';
export { formatLanguageList, formatMinutes, formatNumber, formatPercent } from './format.js';
export { headingLevel } from './heading-level.js';
export { pickText, type PickedText } from './localized-text.js';
export { isSafeHref, parseInline, parseRichText, richTextToPlain, type Block, type Inline } from './rich-text.js';
export { LINK_SCHEMES, linkScheme, safeHref, type LinkScheme } from './safe-url.js';
export { HostHref } from './host-href.js';
export { renderRichText } from './rich-text-template.js';
export { renderLocalizedRichText, renderLocalizedText } from './localized-text-template.js';
export { ContentElement, type FrameOptions } from './content-element.js';
export { syncChecked } from './sync-checked.js';
export { STORAGE_PREFIX, clearStoredData, namespacedStorage, type NamespacedStorage } from './storage.js';
export { ContentController, provideContentKind, type ContentInputs, type ContentState } from './content-controller.js';
export type { ContentErrorCode, ContentErrorDetail, CsErrorCode, CsErrorDetail, CsErrorEvent } from './cs-error.js';
export { ReaderCountry, regionOf, resolveCountry, type CountryResolution, type CountrySource } from './country.js';
export { renderSource, sourceSite, type CheckedSource } from './source-template.js';
