/**
 * Every widget, registered at once: `import '@childrensafe/widgets'` in a bundled app, with the
 * page-level API. `@childrensafe/widgets/autoload` loads each widget only when its element is on
 * the page instead, as the script tag `cdn/all.js` does.
 */
import '@childrensafe/module-card/define';
import '@childrensafe/quiz/define';
import '@childrensafe/indicator-checklist/define';
import '@childrensafe/helpline-finder/define';
import '@childrensafe/quick-exit/define';

export * from './page.js';
