// Test page script for pages/exit.html (and csp/quick-exit.html), run before the element
// upgrades: sets it up from the query string (?href, ?position, ?escape, ?no-shortcut, ?lang),
// and reports each exit to the test (see report.js).
import { reportExits } from './report.js';

const params = new URLSearchParams(location.search);
const exit = document.querySelector('cs-quick-exit');
if (params.has('lang')) document.documentElement.lang = params.get('lang');
for (const name of ['href', 'position']) if (params.has(name)) exit.setAttribute(name, params.get(name));
for (const name of ['escape', 'no-shortcut']) if (params.has(name)) exit.setAttribute(name, '');
reportExits(exit);
