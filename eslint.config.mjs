/**
 * ESLint for every package and the hub: TypeScript's and Lit's recommended rules, and the
 * project's own rules, which see the syntax (an identifier, a property, a CSS template), not
 * lines of text. Each rule names the principle it protects. `npm test` runs it (each package's
 * `lint` task), with Prettier and the translation check.
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

/** Private by default: storage only through core's namespaced storage (packages/core/src/storage.ts). */
const storage = {
  globals: ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
    name,
    message: 'Storage goes through core’s namespaced storage, with the page’s opt-in.',
  })),
  properties: [
    ...['localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({
      property,
      message: 'Storage goes through core’s namespaced storage, with the page’s opt-in.',
    })),
    { object: 'document', property: 'cookie', message: 'No cookies: storage goes through core’s namespaced storage.' },
  ],
};

/** No request leaves the page except fetching the `src` a page gave (packages/core/src/content-loader.ts). */
const requests = {
  globals: ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
    name,
    message: 'The only request is core’s content loader fetching the src the page gave.',
  })),
  properties: [
    { object: 'navigator', property: 'sendBeacon', message: 'No tracking: nothing is sent anywhere.' },
    { object: 'window', property: 'fetch', message: 'The only request is core’s content loader fetching the src the page gave.' },
  ],
};

/** Text is data, and the page's CSP is strict: never parse a string as HTML or code. */
const html = {
  properties: ['innerHTML', 'outerHTML'].map((property) => ({ property, message: 'Content is rendered as text: use a Lit template.' })),
  syntax: [
    { selector: "CallExpression[callee.name='eval']", message: 'No eval: the strict CSP forbids it.' },
    { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the strict CSP forbids it.' },
    { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.' },
  ],
  imports: [{ name: 'lit/directives/unsafe-html.js', message: 'Content is rendered as text, never as HTML.' }],
};

/** Styled by tokens: a colour in a widget's CSS comes from a --cs-* custom property. */
const rawColour = {
  selector: "TaggedTemplateExpression[tag.name='css'] TemplateElement[value.raw=/#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?)\\(/]",
  message: 'Colours come from the tokens (var(--_cs-…)), never written in a widget.',
};

/** Every string is translated: text in a template goes through msg() (or comes from content). */
const untranslatedText = {
  selector: "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/>[^<>]*[A-Za-z]{3,}[^<>]*</]",
  message: 'Text in a template is translated: write msg(…) (lit-localize), or render content.',
};

const project = (options = {}) => ({
  rules: {
    'no-restricted-globals': ['error', ...(options.storage === false ? [] : storage.globals), ...(options.requests === false ? [] : requests.globals)],
    'no-restricted-properties': [
      'error',
      ...(options.storage === false ? [] : storage.properties),
      ...(options.requests === false ? [] : requests.properties),
      ...html.properties,
    ],
    'no-restricted-syntax': ['error', ...html.syntax, ...(options.colours === false ? [] : [rawColour]), untranslatedText],
    'no-restricted-imports': ['error', { paths: html.imports }],
    'no-console': ['error', { allow: ['warn', 'error'] }],
    // Events are typed by augmenting HTMLElementEventMap with an interface that extends the package's own.
    '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
  },
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdn/**', '**/generated/**', 'storybook-static/**', '**/reports/**', 'scripts/new-widget/template/**'] },
  {
    files: ['packages/*/src/**/*.ts', 'apps/hub/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, lit.configs['flat/recommended']],
    ...project(),
  },
  { files: ['packages/core/src/storage.ts'], ...project({ storage: false }) },
  { files: ['packages/core/src/content-loader.ts'], ...project({ requests: false }) },
  { files: ['packages/tokens/src/**/*.ts'], ...project({ colours: false }) },
);
