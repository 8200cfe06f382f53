/**
 * A synthetic helpline directory for the benchmark only: 10,000 lines for one country, with
 * accented words in five languages, mixed channels and opening hours. Its numbers are serial
 * numbers, not phone numbers, and it is never shipped or shown to anyone.
 */
const WORDS = [
  'écoute',
  'enfance',
  'παιδιά',
  'βοήθεια',
  'niños',
  'ayuda',
  'bambini',
  'ascolto',
  'violence',
  'online',
  'famille',
  'Εξαφανισμένα',
  'protección',
  'sostegno',
  'jeunes',
];
const TOPICS = ['sexual-exploitation', 'abuse', 'missing-children', 'online-safety', 'advice-professionals', 'parents', 'mental-health', 'trafficking'];
const AUDIENCES = [['children'], ['adults'], ['professionals'], ['children', 'adults'], ['children', 'adults', 'professionals']];
const ZONES = ['Europe/Paris', 'Europe/Athens', 'Europe/Madrid', 'Europe/Rome'];
const HOURS = [
  { type: 'always' },
  ...ZONES.map((timeZone) => ({ type: 'weekly', timeZone, hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '18:00' }] })),
  ...ZONES.map((timeZone) => ({
    type: 'weekly',
    timeZone,
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '20:00', close: '08:00' }],
  })),
];

export function syntheticDirectory(size) {
  const pick = (list, i, step = 1) => list[(i * step) % list.length];
  const helplines = [];
  for (let i = 0; i < size; i++) {
    const words = [pick(WORDS, i), pick(WORDS, i, 7), pick(WORDS, i, 11)].join(' ');
    helplines.push({
      id: `line-${i}`,
      country: 'FR',
      name: { en: `Line ${i} ${pick(WORDS, i, 3)}` },
      description: { en: `Synthetic line ${i}: ${words}.` },
      channels: [
        { type: 'phone', dial: String(100000 + i), display: String(100000 + i) },
        ...(i % 3 === 0 ? [{ type: 'chat', url: `https://chat.invalid/${i}` }] : []),
      ],
      topics: [pick(TOPICS, i), pick(TOPICS, i, 5)].filter((t, n, all) => all.indexOf(t) === n),
      audience: pick(AUDIENCES, i),
      languages: ['fr'],
      cost: 'free',
      availability: pick(HOURS, i),
      source: { url: 'https://source.invalid/', checked: '2026-11-22' },
    });
  }
  return { kind: 'helpline-directory', id: 'synthetic', helplines };
}
