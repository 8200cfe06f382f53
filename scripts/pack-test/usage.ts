// Type-checked against the packed .d.ts files only (skipLibCheck: false), as a partner app would.
import '@childrensafe/module-card/define';
import type { CsModuleCard } from '@childrensafe/module-card';

// HTMLElementTagNameMap: createElement knows the element's class.
const card = document.createElement('cs-module-card');
const typed: CsModuleCard = card;
card.module = 'stop-1';
card.headingLevel = 2;
// @ts-expect-error headingLevel is a number: this line proves the typings are not `any`.
card.headingLevel = 'two';
document.body.append(typed);

// HTMLElementEventMap: `cs-error` listeners get a typed detail.
document.querySelector('cs-module-card')?.addEventListener('cs-error', (e) => {
  const code: string = e.detail.code;
  console.warn(code);
});
