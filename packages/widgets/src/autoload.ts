/**
 * The script-tag entry for every widget (`cdn/all.js`). It loads a widget's code when its
 * element is on the page, at once or later (a block added by a CMS, a view of a single-page
 * app), so one line in a site's template costs each page only the widgets it shows. A widget's
 * code is the very chunk its own entry loads: a page that also has `cs-quiz.js` fetches the
 * quiz once. It imports nothing up front: Lit and core come with the first widget, and the
 * page-level API is `page.js`.
 */
const WIDGETS: Readonly<Record<string, () => Promise<unknown>>> = {
  'cs-quick-exit': () => import('@childrensafe/quick-exit/define'),
  'cs-safety-info': () => import('@childrensafe/quick-exit/define'),
  'cs-module-card': () => import('@childrensafe/module-card/define'),
  'cs-quiz': () => import('@childrensafe/quiz/define'),
  'cs-indicator-checklist': () => import('@childrensafe/indicator-checklist/define'),
  'cs-helpline-finder': () => import('@childrensafe/helpline-finder/define'),
};
const SELECTOR = Object.keys(WIDGETS).join(',');
const requested = new Set<string>();

/** Loads the code of every widget in `root` not asked for yet. */
function loadWidgetsIn(root: Element | Document): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  for (const el of [...found, ...root.querySelectorAll(SELECTOR)]) {
    const tag = el.localName;
    if (requested.has(tag)) continue;
    requested.add(tag);
    // A chunk that fails to load (offline, a file missing from the upload) leaves the element
    // as the page wrote it; the console says which and why, and nothing else stops.
    WIDGETS[tag]!().catch((error: unknown) => console.error(`[childrensafe] <${tag}> could not be loaded:`, error));
  }
}

if (typeof document !== 'undefined') {
  loadWidgetsIn(document);
  const added = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadWidgetsIn(node);
    if (requested.size === Object.keys(WIDGETS).length) added.disconnect();
  });
  added.observe(document, { childList: true, subtree: true });
}
