/**
 * The one source of every ChildrenSafe design value. The theme CSS files and the widgets'
 * private defaults (host-defaults.ts) are generated from this data by css.ts, so a value
 * changed here changes everywhere, and the contrast tests check every colour pair below.
 */

export const themeNames = ['hub', 'stop', 'jericho'] as const;
export type ThemeName = (typeof themeNames)[number];

export const colorSchemes = ['light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** Colour roles; each becomes `--cs-color-<name>`. */
export const colorNames = [
  'bg',
  'surface',
  'surface-alt',
  'text',
  'text-muted',
  'border', // decorative only: dividers, card outlines
  'border-strong', // control borders: must reach 3:1
  'accent', // fills: buttons, badges, checked controls
  'on-accent',
  'accent-text', // accent-coloured text and headings on bg/surface
  'accent-surface', // soft accent tint for selected or current items
  'link',
  'focus',
  'info-text',
  'info-surface',
  'success-text',
  'success-surface',
  'warning-text',
  'warning-surface',
  'danger-text',
  'danger-surface',
  'exit-bg', // the quick exit: unmistakable in every theme and scheme
  'on-exit',
] as const;
export type ColorName = (typeof colorNames)[number];

/** One scheme of one theme: every colour role as #rrggbb. */
export type ColorSet = Readonly<Record<ColorName, string>>;
export interface Theme {
  readonly light: ColorSet;
  readonly dark: ColorSet;
}

/**
 * Tokens that do not change with theme or scheme, by their CSS name without `--cs-`.
 * System fonts only: a web font would be a request to a third party, and the library makes none.
 */
export const scaleTokens = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  'font-size-xs': '0.8125rem',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.5rem',
  'font-size-xxl': '2rem',
  'line-height-tight': '1.25',
  'line-height-base': '1.5',
  'font-weight-regular': '400',
  'font-weight-bold': '700',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '2.5rem',
  'space-8': '3rem',
  'radius-sm': '0.25rem',
  'radius-md': '0.5rem',
  'radius-lg': '0.75rem',
  'radius-pill': '9999px',
  'focus-width': '3px',
  'focus-offset': '2px',
  'duration-fast': '120ms',
  'duration-base': '200ms',
  'easing-standard': 'cubic-bezier(0.2, 0, 0, 1)',
  'size-target': '2.75rem', // 44px: above the 24px minimum of WCAG 2.2 2.5.8, kind to thumbs
  'size-content-max': '40rem', // about 70 characters a line
} as const;
export type ScaleName = keyof typeof scaleTokens;

/**
 * Tokens that follow the scheme but not the theme. `color-scheme` lets a widget give native
 * controls and scrollbars the matching look (`color-scheme: var(--_cs-color-scheme)`).
 * Dark shadows are darker but matter less: surfaces step up in lightness instead.
 */
export const schemeTokens = {
  light: {
    'color-scheme': 'light',
    'shadow-1': '0 1px 2px rgb(15 23 42 / 0.08), 0 1px 3px rgb(15 23 42 / 0.12)',
    'shadow-2': '0 2px 4px rgb(15 23 42 / 0.08), 0 6px 16px rgb(15 23 42 / 0.14)',
  },
  dark: {
    'color-scheme': 'dark',
    'shadow-1': '0 1px 2px rgb(0 0 0 / 0.4)',
    'shadow-2': '0 2px 4px rgb(0 0 0 / 0.4), 0 6px 16px rgb(0 0 0 / 0.5)',
  },
} as const satisfies Record<ColorScheme, Record<string, string>>;
export type SchemeTokenName = keyof (typeof schemeTokens)['light'];

export type TokenName = ScaleName | SchemeTokenName | `color-${ColorName}`;

/** Every token name, without the `--cs-` prefix. */
export const tokenNames: readonly TokenName[] = [
  ...(Object.keys(scaleTokens) as ScaleName[]),
  ...(Object.keys(schemeTokens.light) as SchemeTokenName[]),
  ...colorNames.map((name) => `color-${name}` as const),
];

/** Under `prefers-reduced-motion: reduce` every duration becomes 0ms. */
export const reducedMotionTokens: Readonly<Partial<Record<ScaleName, string>>> = Object.fromEntries(
  Object.keys(scaleTokens)
    .filter((name) => name.startsWith('duration-'))
    .map((name) => [name, '0ms']),
);

/**
 * Under `forced-colors: active` colours come from the user's palette (system colours), so
 * anything drawn with `forced-color-adjust: none` (icons, progress fills) stays legible.
 * Accent fills and focus map to Highlight so selected and focused things still stand out;
 * the quick exit inverts the canvas so it remains the most visible control.
 */
export const forcedColorTokens: Readonly<Record<`color-${ColorName}` | 'shadow-1' | 'shadow-2', string>> = {
  'color-bg': 'Canvas',
  'color-surface': 'Canvas',
  'color-surface-alt': 'Canvas',
  'color-text': 'CanvasText',
  'color-text-muted': 'CanvasText',
  'color-border': 'CanvasText',
  'color-border-strong': 'ButtonText',
  'color-accent': 'Highlight',
  'color-on-accent': 'HighlightText',
  'color-accent-text': 'CanvasText',
  'color-accent-surface': 'Canvas',
  'color-link': 'LinkText',
  'color-focus': 'Highlight',
  'color-info-text': 'CanvasText',
  'color-info-surface': 'Canvas',
  'color-success-text': 'CanvasText',
  'color-success-surface': 'Canvas',
  'color-warning-text': 'CanvasText',
  'color-warning-surface': 'Canvas',
  'color-danger-text': 'CanvasText',
  'color-danger-surface': 'Canvas',
  'color-exit-bg': 'CanvasText',
  'color-on-exit': 'Canvas',
  'shadow-1': 'none',
  'shadow-2': 'none',
};

// Status colours and the quick exit are the same in every theme: a warning must look like a
// warning, and the exit like the exit, wherever a professional or young person meets them.
const sharedLight = {
  'info-text': '#1e40af',
  'info-surface': '#eff6ff',
  'success-text': '#166534',
  'success-surface': '#f0fdf4',
  'warning-text': '#92400e',
  'warning-surface': '#fffbeb',
  'danger-text': '#b91c1c',
  'danger-surface': '#fef2f2',
  'exit-bg': '#b91c1c',
  'on-exit': '#ffffff',
} as const;

// On dark backgrounds a dark red fill would sink into the page, so the exit turns bright red
// with black text: it keeps its hue and is the lightest, loudest thing on screen.
const sharedDark = {
  'info-text': '#93c5fd',
  'info-surface': '#172554',
  'success-text': '#86efac',
  'success-surface': '#052e16',
  'warning-text': '#fcd34d',
  'warning-surface': '#451a03',
  'danger-text': '#fca5a5',
  'danger-surface': '#450a0a',
  'exit-bg': '#f87171',
  'on-exit': '#000000',
} as const;

// Slate greys: neutral, shared by hub and stop.
const slateLight = {
  bg: '#f8fafc',
  surface: '#ffffff',
  'surface-alt': '#f1f5f9',
  text: '#0f172a',
  'text-muted': '#475569',
  border: '#e2e8f0',
  'border-strong': '#64748b',
} as const;

export const themes: Readonly<Record<ThemeName, Theme>> = {
  // The neutral default: slate with a blue accent.
  hub: {
    light: {
      ...slateLight,
      ...sharedLight,
      accent: '#1d4ed8',
      'on-accent': '#ffffff',
      'accent-text': '#1d4ed8',
      'accent-surface': '#eff6ff',
      link: '#1d4ed8',
      focus: '#1d4ed8',
    },
    dark: {
      ...sharedDark,
      bg: '#0f172a',
      surface: '#1e293b',
      'surface-alt': '#273549',
      text: '#f1f5f9',
      'text-muted': '#cbd5e1',
      border: '#334155',
      'border-strong': '#94a3b8',
      accent: '#60a5fa',
      'on-accent': '#0f172a',
      'accent-text': '#93c5fd',
      'accent-surface': '#172554',
      link: '#93c5fd',
      focus: '#93c5fd',
    },
  },
  // STOP, for professionals: a deep petrol teal, sober and calm.
  stop: {
    light: {
      ...slateLight,
      ...sharedLight,
      accent: '#0e5f73',
      'on-accent': '#ffffff',
      'accent-text': '#0e5f73',
      'accent-surface': '#e6f3f6',
      link: '#0b5a8a',
      focus: '#0e5f73',
    },
    dark: {
      ...sharedDark,
      bg: '#0b171c',
      surface: '#12252c',
      'surface-alt': '#1a323a',
      text: '#eef6f8',
      'text-muted': '#b8ccd2',
      border: '#2a444d',
      'border-strong': '#7f9ea8',
      accent: '#5cc6da',
      'on-accent': '#04222a',
      'accent-text': '#86d8e7',
      'accent-surface': '#0f3a45',
      link: '#8cc8f0',
      focus: '#86d8e7',
    },
  },
  // JERICHO, also read by young people: warm stone greys with a friendly violet.
  jericho: {
    light: {
      ...sharedLight,
      bg: '#fafaf9',
      surface: '#ffffff',
      'surface-alt': '#f5f5f4',
      text: '#1c1917',
      'text-muted': '#57534e',
      border: '#e7e5e4',
      'border-strong': '#78716c',
      accent: '#7e22ce',
      'on-accent': '#ffffff',
      'accent-text': '#7e22ce',
      'accent-surface': '#faf5ff',
      link: '#7e22ce',
      focus: '#7e22ce',
    },
    dark: {
      ...sharedDark,
      bg: '#1c1917',
      surface: '#292524',
      'surface-alt': '#36302d',
      text: '#fafaf9',
      'text-muted': '#d6d3d1',
      border: '#44403c',
      'border-strong': '#a8a29e',
      accent: '#d8b4fe',
      'on-accent': '#2e1065',
      'accent-text': '#e9d5ff',
      'accent-surface': '#3b0764',
      link: '#e9d5ff',
      focus: '#e9d5ff',
    },
  },
};

export interface ContrastPair {
  readonly fg: ColorName;
  readonly bg: ColorName;
  /** WCAG 2.2 AA: 4.5 for text (1.4.3), 3 for controls, borders and focus (1.4.11). */
  readonly min: 4.5 | 3;
}

const statuses = ['info', 'success', 'warning', 'danger'] as const;
const pairs = (fgs: readonly ColorName[], bgs: readonly ColorName[], min: 4.5 | 3): ContrastPair[] => fgs.flatMap((fg) => bgs.map((bg) => ({ fg, bg, min })));

/** Every foreground/background pair a widget may draw, in every theme and scheme. */
export const contrastPairs: readonly ContrastPair[] = [
  ...pairs(['text', 'text-muted', 'accent-text', 'link'], ['bg', 'surface', 'surface-alt'], 4.5),
  ...pairs(['text', 'accent-text'], ['accent-surface'], 4.5),
  // Status text stands alone on the page, and inside its own panel next to body text and links.
  ...statuses.flatMap((status) => [
    ...pairs([`${status}-text`], ['bg', 'surface', `${status}-surface`], 4.5),
    ...pairs(['text', 'link'], [`${status}-surface`], 4.5),
  ]),
  { fg: 'on-accent', bg: 'accent', min: 4.5 },
  { fg: 'on-exit', bg: 'exit-bg', min: 4.5 },
  ...pairs(['border-strong', 'focus'], ['bg', 'surface', 'surface-alt'], 3),
  ...pairs(['accent', 'exit-bg'], ['bg', 'surface'], 3),
];
