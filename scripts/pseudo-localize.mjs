/**
 * Writes the pseudo-locale targets into the XLIFF files lit-localize extracted, so that the
 * build generates en-XA and ar-XB from English like any other locale:
 *
 * - en-XA: every letter accented and the text about 40% longer, so hard-coded strings stand out
 *   and truncation shows;
 * - ar-XB: every text run wrapped in RIGHT-TO-LEFT OVERRIDE, so the text reads right to left and
 *   layout that is not mirrored shows.
 *
 * Placeholders (<x .../>) and XML entities are kept as they are.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
);
const FILLER = ' one two three four five six seven eight nine ten';

const TOKEN = /(<[^>]+>|&[#a-zA-Z0-9]+;)/;

function mapText(xml, transform) {
  return xml
    .split(TOKEN)
    .map((part) => (part === '' || TOKEN.test(part) || part.trim() === '' ? part : transform(part)))
    .join('');
}

export const pseudo = {
  'en-XA': (xml) => {
    const visible = xml.replace(/<[^>]+>/g, '').length;
    const accented = mapText(xml, (text) => [...text].map((c) => ACCENTS[c] ?? c).join(''));
    return `[${accented}${FILLER.slice(0, Math.ceil(visible * 0.4))}]`;
  },
  'ar-XB': (xml) => mapText(xml, (text) => `\u202E${text}\u202C`),
};

export async function writePseudoTargets(xliffDir) {
  for (const [locale, transform] of Object.entries(pseudo)) {
    const file = join(xliffDir, `${locale}.xlf`);
    const xliff = await readFile(file, 'utf8');
    const filled = xliff
      .replace(/<target>[\s\S]*?<\/target>/g, '')
      .replace(/<source>([\s\S]*?)<\/source>/g, (whole, source) => `${whole}<target>${transform(source)}</target>`);
    await writeFile(file, filled);
  }
}
