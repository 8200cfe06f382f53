// Validates one content file against its schema (kind from the file's "kind" field). Dev helper.
import { readFileSync } from 'node:fs';
import { parseWith, moduleSchema, quizSchema, indicatorSetSchema, helplineDirectorySchema } from '/work/main/packages/content/dist/index.js';
const schemas = { module: moduleSchema, quiz: quizSchema, 'indicator-set': indicatorSetSchema, 'helpline-directory': helplineDirectorySchema };
let failed = 0;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const schema = schemas[doc.kind];
  if (!schema) { console.log(`${file}: unknown kind ${doc.kind}`); failed++; continue; }
  const r = parseWith(schema, doc);
  if (r.ok) {
    // Report text missing per locale.
    const missing = {};
    const walk = (x, path) => { if (x && typeof x === 'object') { if (typeof x.en === 'string') { for (const l of ['fr','es','el','it']) if (!x[l]) (missing[l] ??= []).push(path); } else for (const [k, val] of Object.entries(x)) walk(val, Array.isArray(x) ? `${path}[${k}]` : `${path}.${k}`); } };
    walk(doc, '');
    console.log(`${file}: valid` + Object.entries(missing).map(([l, p]) => `; ${l} missing ${p.length} (first ${p[0]})`).join(''));
  } else { failed++; for (const p of r.problems) console.log(`${file}: ${p.path}: ${p.message} (found ${p.found})`); }
}
process.exit(failed ? 1 : 0);
