/**
 * The script of an embed page (`/embed/<widget>/?lang=fr&theme=stop&country=FR`): it shows the
 * page's widget with the options of its address, and tells the page around it its height each
 * time it changes, so that the frame fits the widget in both directions. Only the height goes
 * out: the message says nothing of what the reader does.
 */
// The hub's pages and the embeds share one Lit chunk, and Lit's hydration support must be
// evaluated in it before LitElement: both entries import it first, so the chunk starts with it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { EMBEDS, RESIZE_MESSAGE, embedOptions } from '../embeds.js';
import { WIDGET_LOADERS } from './widget-loaders.js';

const entry = EMBEDS.find((e) => e.widget === document.documentElement.dataset.embed);
if (entry) {
  const { language, theme, attributes } = embedOptions(entry, location.search);
  document.documentElement.lang = language;
  document.documentElement.dataset.csTheme = theme;
  const widget = document.createElement(entry.tag);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  document.getElementById('main')?.replaceChildren(widget);
  void WIDGET_LOADERS[entry.tag]?.();

  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Any page may embed the widget, so the height goes to whichever one does ('*'); the
    // listener the partner copies checks that the message comes from the hub.
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}
