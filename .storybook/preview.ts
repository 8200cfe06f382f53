import type { ArgTypes, Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { LOCALES, localeDirection, resolveLocale, setLocale, type Locale } from '@childrensafe/core';
import '@childrensafe/tokens/themes.css';
import './preview.css';

/* ------------------------------------------------------------------------------------------
 * Docs from the code. Each widget package's build writes packages/<name>/custom-elements.json;
 * the glob picks up a new package without touching this file (build it before Storybook).
 * ---------------------------------------------------------------------------------------- */

interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: Array<{ path: string; declarations?: Declaration[] } & Record<string, unknown>>;
}
interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Array<Item & { fieldName?: string }>;
  members?: Array<Item & { kind: string; privacy?: string; static?: boolean; attribute?: string }>;
  slots?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });

const merged: Manifest = {
  schemaVersion: '1.0.0',
  readme: '',
  // Module paths are relative to each package ("src/define.ts" in every one): prefix them so
  // they stay unique once merged.
  modules: Object.entries(manifests).flatMap(([file, manifest]) => {
    const pkg = file.split('/').at(-2);
    return manifest.modules.map((module) => ({ ...module, path: `packages/${pkg}/${module.path}` }));
  }),
};
setCustomElementsManifest(merged);

/**
 * The args table, from the manifest. Storybook's own extractor keys every row by its bare name,
 * so a CSS part called "level" or "title" replaces the attribute or slot of the same name, and
 * private fields show up as properties. Here each attribute is one row with its control, keyed
 * by its property name (what the stories' args use); parts and events get keys of their own
 * so nothing is hidden.
 */
function extractArgTypes(tagName: unknown): ArgTypes | null {
  const declaration = merged.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return null;
  const row = (item: Item, category: string, name = item.name) => ({
    name,
    description: item.description ?? '',
    table: {
      category,
      ...(item.type?.text && { type: { summary: item.type.text } }),
      ...(item.default !== undefined && { defaultValue: { summary: item.default } }),
    },
  });
  const argTypes: ArgTypes = {};
  const publicFields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  for (const attribute of declaration.attributes ?? []) {
    const field = publicFields.find((m) => m.name === attribute.fieldName);
    const described = { ...attribute, description: attribute.description ?? field?.description, type: attribute.type ?? field?.type };
    argTypes[attribute.fieldName ?? attribute.name] = {
      ...row(described, 'attributes'),
      ...(attribute.fieldName &&
        attribute.fieldName !== attribute.name && { description: `${described.description ?? ''}\n\nProperty: \`${attribute.fieldName}\`` }),
    };
  }
  for (const field of publicFields) {
    if (!field.attribute) argTypes[field.name] = { ...row(field, 'properties'), control: false };
  }
  // Slots keep their bare name (stories pass slotted text as args of that name) unless an
  // attribute already has it.
  for (const slot of declaration.slots ?? []) {
    const key = slot.name && !argTypes[slot.name] ? slot.name : `slot:${slot.name}`;
    argTypes[key] = { ...row(slot, 'slots', slot.name || '(default)'), control: false };
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = { ...row(event, 'events'), control: false };
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = { ...row(part, 'css shadow parts'), control: false };
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = { ...row(property, 'css custom properties'), control: false };
  return argTypes;
}

/* ------------------------------------------------------------------------------------------
 * Locale, theme and colour scheme, all on <html> as a partner page would set them.
 * ---------------------------------------------------------------------------------------- */

function applyPageLanguage(tag: string): void {
  const root = document.documentElement;
  root.lang = tag;
  root.dir = localeDirection(resolveLocale(tag));
}

/**
 * Widgets follow <html lang> through core's MutationObserver, but that switch is asynchronous.
 * Waiting here for setLocale (the same runtime the widgets use) means the story renders in its
 * locale straight away, so a screenshot or an axe run never catches English first.
 */
const localeLoader: Loader = async ({ globals }) => {
  const tag = String(globals.locale ?? 'en');
  applyPageLanguage(tag);
  await setLocale(tag);
  return {};
};

const pageDecorator: Decorator = (story, { globals }) => {
  const root = document.documentElement;
  applyPageLanguage(String(globals.locale ?? 'en'));
  root.dataset.csTheme = String(globals.theme ?? 'hub');
  root.dataset.csColorScheme = String(globals.colorScheme ?? 'light');
  return story();
};

/** Each language by its own name ("Ελληνικά"); a pseudo-locale by what it is for. */
function localeTitle(locale: Locale): string {
  if (locale === 'en-XA') return 'en-XA (pseudo: accented, longer)';
  if (locale === 'ar-XB') return 'ar-XB (pseudo: right-to-left)';
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: LOCALES.map((locale) => ({ value: locale, title: localeTitle(locale) })),
      },
    },
    theme: {
      description: 'Theme of @childrensafe/tokens (data-cs-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'hub', title: 'hub' },
          { value: 'stop', title: 'stop' },
          { value: 'jericho', title: 'jericho' },
        ],
      },
    },
    colorScheme: {
      description: 'Colour scheme (data-cs-color-scheme)',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'light', icon: 'sun' },
          { value: 'dark', title: 'dark', icon: 'moon' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'hub', colorScheme: 'light' },
  loaders: [localeLoader],
  decorators: [pageDecorator],
  parameters: {
    // The theme paints the page (preview.css); Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    controls: { expanded: true },
    docs: { extractArgTypes },
  },
};

export default preview;
