/**
 * Helpers every package's browser tests share: switching the page language as a site would,
 * loading a theme, and checking accessibility with axe-core.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES, getLocale, resolveLocale, translationsReady, type Locale } from '@childrensafe/core';
import type { LitElement } from 'lit';

export const ALL_LOCALES: readonly Locale[] = LOCALES;
export const THEMES = ['hub', 'stop', 'jericho'] as const;

/** Sets `<html lang>` like a page would, and waits until the elements re-rendered in it. */
export async function setPageLanguage(tag: string, ...elements: LitElement[]): Promise<void> {
  document.documentElement.lang = tag;
  const wanted = resolveLocale(tag);
  // The first switch away from English loads the translation runtime and strings: on a busy
  // machine (CI runs several test tasks at once) that can take more than waitUntil's 1 s default.
  await waitUntil(() => getLocale() === wanted, `locale did not switch to ${wanted}`, { timeout: 10000 });
  await translationsReady();
  await Promise.all(elements.map((el) => el.updateComplete));
}

let themesLoaded: Promise<void> | undefined;

/** Loads the themes stylesheet once and applies a theme and colour scheme to the page. */
export async function useTheme(theme: (typeof THEMES)[number], scheme: 'light' | 'dark' = 'light'): Promise<void> {
  themesLoaded ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/packages/tokens/dist/themes.css';
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('themes.css did not load: build @childrensafe/tokens first'));
    document.head.append(link);
  });
  await themesLoaded;
  document.documentElement.dataset.csTheme = theme;
  document.documentElement.dataset.csColorScheme = scheme;
}

/** Fails with axe-core's own list of violations when the element (shadow tree included) has any. */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}

/**
 * The text a user sees in an element's shadow tree (slotted text included), whitespace folded.
 * Checks node names rather than `instanceof`, so it also reads pages in iframes.
 */
export function visibleText(root: Node | null | undefined): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeName === 'SLOT') {
      (node as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    if (node.nodeName === 'STYLE' || node.nodeName === 'TEMPLATE' || node.nodeName === 'SCRIPT') return;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : undefined;
    if (element && (element.hidden || element.classList.contains('visually-hidden'))) return;
    node.childNodes.forEach(walk);
  };
  if (root) walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
