/**
 * `msg` and `str` for widget packages, taken from lit-localize's own modules rather than its
 * index, so that a page that stays in English never loads the translation runtime (see
 * locale-runtime.ts). lit-localize's extractor recognises them by their types, which these are.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
