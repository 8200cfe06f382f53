/** Each interactive widget's code, loaded on demand: the hub's pages and its embeds share the chunks. */
export const WIDGET_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'cs-helpline-finder': () => import('@childrensafe/helpline-finder/define'),
  'cs-indicator-checklist': () => import('@childrensafe/indicator-checklist/define'),
  'cs-quick-exit': () => import('@childrensafe/quick-exit/define'),
  'cs-quiz': () => import('@childrensafe/quiz/define'),
};
