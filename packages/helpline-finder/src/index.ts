export { HelplineFinder, type HelplineContactDetail } from './helpline-finder.js';
export { countryChoices } from './model/country-choices.js';
export { regionOf, resolveCountry, type CountryResolution, type CountrySource } from '@childrensafe/core';
export { contactHref, copyableText } from './model/contact-link.js';
export { NO_FILTERS, activeFilters, filterHelplines, hasFilters, offered, indexHelplines, isEmergencyNumber, type ActiveFilter, type Filters, type HelplineIndex, type IndexedHelpline } from './model/helpline-search.js';
export { channelState, closesOnPublicHolidays, isOpenNow, openState, withPublicHolidays, type Change, type OpenState } from './model/opening-hours.js';
export { foldForSearch, queryWords } from './model/search-text.js';
