// What a partner's own script does with the page-level API (see the package README).
import { setLocale, version } from '/packages/widgets/cdn/page.js';

document.body.dataset.widgetsVersion = version;
await setLocale('it');
document.body.dataset.locale = 'it';
