/**
 * JERICHO, for young people: plain words, the JERICHO quiz (hydrated), who to talk to, the
 * lines that answer young people, and what to do about an intimate photo.
 */
import { html } from 'lit';
import type { HelplineDirectory } from '@childrensafe/content';
import { textView, type PageContext, type PageView } from './view.js';

/** The lines that answer children and young people; the finder shows 112 above them anyway. */
export function linesForYoungPeople(directory: HelplineDirectory): HelplineDirectory {
  return { ...directory, helplines: directory.helplines.filter((line) => line.audience.includes('children')) };
}

export function youngPeoplePage(ctx: PageContext): PageView {
  const { data } = ctx;
  return textView(ctx, {
    quiz: html`<cs-quiz data-hydrate heading-level="3" data-content=${data.key('quiz', 'jericho-awareness')} .content=${data.get('quiz', 'jericho-awareness')}></cs-quiz>`,
    lines: html`<cs-helpline-finder data-hydrate heading-level="3" data-content=${data.key('helpline-directory', 'young-people')} .content=${data.get('helpline-directory', 'young-people')}></cs-helpline-finder>`,
  });
}
