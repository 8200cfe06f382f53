/**
 * The code a partner copies to show a widget: with script tags from the self-hosted `cdn/`
 * folder, or, for a site that cannot add scripts, in an iframe from the hub with the listener
 * that fits the frame to it. Pure functions, so that the hub's snippet builder, Storybook's
 * and the tests write the same code.
 */

/** The widgets, each with the attributes that give it built-in content. */
export const SNIPPET_WIDGETS = {
  'module-card': { tag: 'cs-module-card', attributes: { module: 'stop-1' }, embed: false },
  quiz: { tag: 'cs-quiz', attributes: { quiz: 'stop-1-quiz' }, embed: true },
  'indicator-checklist': { tag: 'cs-indicator-checklist', attributes: { set: 'stop-indicators' }, embed: true },
  'helpline-finder': { tag: 'cs-helpline-finder', attributes: {}, embed: true },
  'quick-exit': { tag: 'cs-quick-exit', attributes: {}, embed: false },
} as const satisfies Record<string, { tag: string; attributes: Record<string, string>; embed: boolean }>;

export type SnippetWidget = keyof typeof SNIPPET_WIDGETS;
export const SNIPPET_THEMES = ['hub', 'stop', 'jericho'] as const;
export type SnippetTheme = (typeof SNIPPET_THEMES)[number];

/** Widgets that read the reader's country. */
const WITH_COUNTRY: readonly SnippetWidget[] = ['helpline-finder', 'indicator-checklist'];

export interface SnippetOptions {
  widget: SnippetWidget;
  /** The page's language (`fr`): the script-tag widgets speak it, the iframe is told it. */
  language: string;
  theme: SnippetTheme;
  /** An ISO 3166 code (`FR`) for the widgets that use one; empty for none. */
  country?: string;
}

/** Where the partner put the release's folder on their site. */
export const DEFAULT_FOLDER = '/vendor/childrensafe';
/** Where the hub is published. */
export const HUB_ORIGIN = 'https://childrensafe.eu';
/** The message an embed page sends the page around it: `{ type: RESIZE_MESSAGE, height }`. */
export const RESIZE_MESSAGE = 'childrensafe:resize';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes the chosen widget gets: its built-in content, and the country where it reads one. */
export function snippetAttributes(options: SnippetOptions): [string, string][] {
  const own = Object.entries(SNIPPET_WIDGETS[options.widget].attributes) as [string, string][];
  const country = options.country && WITH_COUNTRY.includes(options.widget) ? ([['country', options.country.toUpperCase()]] as [string, string][]) : [];
  return [...own, ...country];
}

/**
 * Script tags from the self-hosted `cdn/` folder: the theme, the widget's entry, the element.
 * The widget speaks the page's language (`<html lang>`), so `language` plays no part here.
 */
export function scriptSnippet(options: SnippetOptions, folder = DEFAULT_FOLDER): string {
  const { tag } = SNIPPET_WIDGETS[options.widget];
  const attrs = snippetAttributes(options)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const theme = options.theme === 'hub' ? '' : ` data-cs-theme="${options.theme}"`;
  return [
    ...(options.theme === 'hub' ? [] : [`<link rel="stylesheet" href="${folder}/themes/${options.theme}.css">`]),
    `<script type="module" src="${folder}/cdn/${tag}.js"></script>`,
    '',
    `<${tag}${attrs}${theme}></${tag}>`,
  ].join('\n');
}

/** The address of a widget's embed page on the hub, with its options. */
export function embedUrl(options: SnippetOptions, origin = HUB_ORIGIN): string {
  const query = new URLSearchParams({ lang: options.language, theme: options.theme, ...Object.fromEntries(snippetAttributes(options)) });
  return `${origin}/embed/${options.widget}/?${query}`;
}

/**
 * An iframe of the widget's embed page and the listener that sizes it (it checks that the
 * message comes from the hub); `undefined` for a widget that is not embedded (a module card's
 * link and the quick exit must act on the partner's page itself).
 */
export function iframeSnippet(options: SnippetOptions, title: string, origin = HUB_ORIGIN): string | undefined {
  if (!SNIPPET_WIDGETS[options.widget].embed) return undefined;
  return `<iframe src="${escape(embedUrl(options, origin))}"
  title="${escape(title)}" style="width: 100%; border: 0; height: 30rem"></iframe>
<script>
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}' || event.data?.type !== '${RESIZE_MESSAGE}') return;
    if (!Number.isFinite(event.data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = \`\${event.data.height}px\`;
    }
  });
</script>
`;
}
