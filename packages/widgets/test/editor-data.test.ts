import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What the build wrote for JetBrains editors (dist/web-types.json), from the widgets' custom-elements.json. */
const webTypes = JSON.parse(readFileSync(new URL('../dist/web-types.json', import.meta.url), 'utf8')) as {
  contributions: {
    html: {
      elements: {
        name: string;
        description: string;
        attributes: { name: string; description: string }[];
        js: { properties: { name: string; description: string }[]; events: { name: string; description: string }[] };
        slots: { name: string; description: string }[];
        css: { parts: { name: string; description: string }[]; properties: { name: string; description: string }[] };
      }[];
    };
  };
};
const vscode = JSON.parse(readFileSync(new URL('../dist/vscode.html-custom-data.json', import.meta.url), 'utf8')) as {
  tags: { name: string; attributes: { name: string }[] }[];
};

describe('editor data', () => {
  const elements = webTypes.contributions.html.elements;

  it('describes every widget element, and VS Code knows the same tags and attributes', () => {
    expect(elements.map((e) => e.name).sort()).toEqual([
      'cs-helpline-finder',
      'cs-indicator-checklist',
      'cs-module-card',
      'cs-quick-exit',
      'cs-quiz',
      'cs-safety-info',
    ]);
    for (const element of elements) {
      const tag = vscode.tags.find((t) => t.name === element.name);
      expect(tag?.attributes.map((a) => a.name)).toEqual(element.attributes.map((a) => a.name));
    }
  });

  it('gives every attribute, property, event, slot, part and CSS custom property a description', () => {
    const undescribed = elements.flatMap((e) =>
      [e, ...e.attributes, ...e.js.properties, ...e.js.events, ...e.slots, ...e.css.parts, ...e.css.properties]
        .filter((item) => !item.description?.trim())
        .map((item) => `${e.name} ${item.name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('lists the --cs-* custom properties a page may set to style each widget', () => {
    for (const element of elements) {
      const names = element.css.properties.map((p) => p.name);
      expect(names, element.name).toContain('--cs-font-family');
      expect(names.every((name) => name.startsWith('--cs-'))).toBe(true);
    }
    expect(elements.find((e) => e.name === 'cs-quick-exit')!.css.properties.map((p) => p.name)).toContain('--cs-color-exit-bg');
  });
});
