/**
 * What a page may ask of the widgets as a whole: the language they speak, forgetting what they
 * stored on this device, and which version is on the page. A small entry of its own, so that a
 * page can import it beside one widget or all of them: every entry shares the same core.
 */
export { clearStoredData, getLocale, setLocale, VERSION as version } from '@childrensafe/core';
