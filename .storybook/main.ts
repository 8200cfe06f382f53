import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * Storybook for the whole library: every widget package's stories, documented from the
 * custom-elements.json each package's build writes (see preview.ts).
 *
 * Nothing may leave the machine, at build time or when a designer opens it: no telemetry, no
 * "what's new" feed, no crash reports, no web fonts (Storybook's own fonts are bundled).
 */
/**
 * Stories register their element with `import '../src/define.js'`. A widget's package.json lists
 * only `./dist/define.js` under `sideEffects` (right for the published package), so the
 * production bundler treats the source define module as pure and silently drops that import:
 * the static Storybook then shows undefined, unstyled <cs-*> tags. Mark every package's
 * src/define.ts as having side effects.
 */
const keepElementRegistration: Plugin = {
  name: 'childrensafe:keep-element-registration',
  transform(code, id) {
    if (/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]define\.ts$/.test(id.split('?')[0] ?? '')) {
      return { code, map: null, moduleSideEffects: true };
    }
    return null;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/*/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), keepElementRegistration],
    // Stories render the widgets' sources: their pseudo-locales (en-XA, ar-XB) are for review here.
    define: { ...config.define, __CS_PSEUDO_LOCALES__: 'true' },
    optimizeDeps: {
      ...config.optimizeDeps,
      // The web-components renderer imports lit/directive-helpers.js, which the dependency
      // crawler does not see: in `storybook dev` it was served unbundled and loaded a second
      // lit-html ("Multiple versions of Lit loaded", storybookjs/storybook#31507). Bundling it
      // with the rest of Lit gives the page one copy, as the static build has.
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
  }),
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
