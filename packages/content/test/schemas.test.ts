import { describe, expect, it } from 'vitest';
import { helplineDirectorySchema, indicatorSetSchema, moduleSchema, parseWith, quizSchema } from '../src/index.js';
import { EVERY_KIND, validDirectory, validIndicatorSet, validModule, validQuiz } from './documents.js';

type Doc = Record<string, any>;
type Case = [name: string, breakIt: (d: Doc) => void, path: string, message: RegExp];

function rejects(schema: Parameters<typeof parseWith>[0], valid: () => Doc, cases: Case[]) {
  it('accepts the valid document', () => {
    const result = parseWith(schema, valid());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
  it.each(cases)('rejects %s', (_name, breakIt, path, message) => {
    const doc = valid();
    breakIt(doc);
    const result = parseWith(schema, doc);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    // The message says where (" at <path>"); the path is checked on its own, so the rest is matched.
    expect(problems.map((p) => `${p.path}: ${p.message.replace(` at ${p.path}`, '')}`)).toContainEqual(
      expect.stringMatching(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: ${message.source}`)),
    );
  });
}

describe('module', () => {
  rejects(moduleSchema, validModule, [
    ['missing English', (d) => (d.title = { fr: 'T' }), 'title', /missing required field en$/],
    ['empty English', (d) => (d.summary = { en: '  ' }), 'summary.en', /expected non-empty text/],
    ['an unknown language', (d) => (d.title.de = 'T'), 'title', /no such field de$/],
    ['a wrong type', (d) => (d.durationMinutes = '45'), 'durationMinutes', /expected number, found "45"/],
    ['no units', (d) => (d.units = []), 'units', /expected at least 1 unit, found 0/],
    ['duplicate ids', (d) => d.units.push(d.units[0]), 'units[1]', /expected unique unit ids, found "u" twice/],
    ['a javascript: image', (d) => (d.image = { src: 'javascript:alert(1)', alt: { en: 'x' } }), 'image.src', /expected an https:\/\/ URL/],
    ['a bad id', (d) => (d.id = 'Stop 1'), 'id', /expected an id of lower-case letters/],
  ]);
});

describe('quiz', () => {
  rejects(quizSchema, validQuiz, [
    ['empty options', (d) => (d.questions[0].options = []), 'questions[0].options', /expected at least 2 options, found 0/],
    [
      'one option',
      (d) => (d.questions[3] = { ...d.questions[0], id: 'four', options: [d.questions[0].options[0]] }),
      'questions[3].options',
      /expected at least 2 options, found 1/,
    ],
    [
      'two right answers to a single choice',
      (d) => (d.questions[0].options[1].correct = true),
      'questions[0].options',
      /expected exactly 1 correct option for a single-choice question, found 2/,
    ],
    [
      'no right answer to a multiple choice',
      (d) => d.questions[1].options.forEach((o: Doc) => (o.correct = false)),
      'questions[1].options',
      /expected at least 1 correct option/,
    ],
    ['a true/false question with other options', (d) => (d.questions[2].options[0].id = 'yes'), 'questions[2].options', /expected a true\/false question/],
    ['duplicate question ids', (d) => (d.questions[1].id = 'one'), 'questions[1]', /expected unique question ids/],
    ['an option without feedback', (d) => delete d.questions[0].options[1].feedback, 'questions[0].options[1]', /missing required field feedback$/],
    ['a pass mark over 100', (d) => (d.passMark = 120), 'passMark', /.*found 120/],
    ['bands not from 0', (d) => (d.bands[0].min = 10), 'bands', /expected the first score band to start at 0/],
    ['bands out of order', (d) => (d.bands[1].min = 0), 'bands', /expected score bands in ascending order/],
    [
      'a band that spans the pass mark',
      (d) => (d.bands[1].min = 60),
      'bands',
      /expected a score band to start at the pass mark \(70\), so that no band speaks both to learners who passed and to learners who did not, found bands from 0, 60/,
    ],
    ['a pass mark above every band start', (d) => (d.passMark = 90), 'bands', /expected a score band to start at the pass mark \(90\)/],
    [
      'an unknown question type',
      (d) => (d.questions[0].type = 'essay'),
      'questions[0].type',
      /expected \("single" \| "multiple" \| "true-false"\), found "essay"/,
    ],
  ]);
});

describe('indicator set', () => {
  rejects(indicatorSetSchema, validIndicatorSet, [
    ['weights on some indicators only', (d) => delete d.categories[0].indicators[1].weight, '', /expected weights on every indicator or on none, found 1 of 2/],
    ['an unreachable band', (d) => (d.bands[1].min = 99), '', /expected every concern band to be reachable, found a band from 99 with a maximum score of 4/],
    ['bands not from 0', (d) => (d.bands[0].min = 2), 'bands', /expected the first concern band to start at 0/],
    ['bands out of order', (d) => (d.bands[1].min = 0), 'bands', /expected concern bands in ascending order/],
    ['a negative threshold', (d) => (d.bands[1].min = -1), 'bands[1].min', /.*found -1/],
    ['an unknown action', (d) => (d.bands[0].actions = ['pray']), 'bands[0].actions[0]', /expected \(.*\), found "pray"/],
    ['an unknown helpline topic', (d) => (d.helplineTopics = ['weather']), 'helplineTopics[0]', /expected .*, found "weather"/],
    ['no disclaimer', (d) => delete d.disclaimer, '', /missing required field disclaimer$/],
    [
      'a strong sign that escalates to nothing',
      (d) => delete d.categories[0].indicators[0].escalatesTo,
      'categories[0].indicators[0].escalatesTo',
      /expected a strong sign to escalate to a concern band on its own \(escalatesTo\), found "missing" escalating to none/,
    ],
    [
      'an escalation to a band that does not exist',
      (d) => (d.categories[0].indicators[1].escalatesTo = 'urgent'),
      'categories[0].indicators[1].escalatesTo',
      /expected the id of a concern band above the first \(some\), found "urgent"/,
    ],
    [
      'an escalation to the first band, which escalates nothing',
      (d) => (d.categories[0].indicators[0].escalatesTo = 'none'),
      'categories[0].indicators[0].escalatesTo',
      /expected the id of a concern band above the first/,
    ],
    ['no reporting route', (d) => delete d.reportingRoutes, '', /missing required field reportingRoutes$/],
    ['an empty list of reporting routes', (d) => (d.reportingRoutes = []), 'reportingRoutes', /expected at least 1 reporting route/],
    ['two routes for one country', (d) => d.reportingRoutes.push({ ...d.reportingRoutes[0] }), 'reportingRoutes', /expected one reporting route per country/],
    ['a route for no country', (d) => (d.reportingRoutes[0].country = 'EU'), 'reportingRoutes[0].country', /expected an ISO 3166-1 alpha-2 country code/],
    ['a route without a source', (d) => (d.reportingRoutes[0].sources = []), 'reportingRoutes[0].sources', /expected at least 1 source/],
    [
      'a route whose source is not https',
      (d) => (d.reportingRoutes[0].sources[0].url = 'http://example.org'),
      'reportingRoutes[0].sources[0].url',
      /expected an https:\/\/ URL/,
    ],
    ['a route without its legal duty', (d) => delete d.reportingRoutes[0].duty, 'reportingRoutes[0]', /missing required field duty$/],
    [
      'duplicate indicator ids across categories',
      (d) => d.categories.push({ id: 'school', title: { en: 'School' }, indicators: [{ ...d.categories[0].indicators[0] }] }),
      '',
      /expected unique indicator ids across categories, found "missing" twice/,
    ],
    // validIndicatorSet: weights 3 and 1 (maximum score 4), bands from 0 ("none") and 1 ("some").
    ['bands in descending order', (d) => d.bands.push({ ...d.bands[1], id: 'more', min: 0.5 }), 'bands', /expected concern bands in ascending order of min/],
    ['a weight of 0', (d) => (d.categories[0].indicators[1].weight = 0), 'categories[0].indicators[1].weight', /expected a weight of at least 0\.1/],
    ['a weight below 0.1', (d) => (d.categories[0].indicators[1].weight = 0.05), 'categories[0].indicators[1].weight', /expected a weight of at least 0\.1/],
    ['a weight above 10', (d) => (d.categories[0].indicators[1].weight = 11), 'categories[0].indicators[1].weight', /expected a weight of at most 10/],
    // Without weights each indicator counts 1: two indicators reach 2 at most.
    [
      'a band the count cannot reach',
      (d) => (d.categories[0].indicators.forEach((i: Doc) => delete i.weight), (d.bands[1].min = 3)),
      '',
      /expected every concern band to be reachable, found a band from 3 with a maximum score of 2$/,
    ],
    // 0.7 + 0.1 is 0.8 to the checklist (which rounds to hundredths): 0.81 is out of reach.
    [
      'a band a hundredth above fractional weights',
      (d) => ((d.categories[0].indicators[0].weight = 0.7), (d.categories[0].indicators[1].weight = 0.1), (d.bands[1].min = 0.81)),
      '',
      /expected every concern band to be reachable, found a band from 0\.81 with a maximum score of 0\.8$/,
    ],
  ]);

  const accepts = (change: (d: Doc) => void) => {
    const doc: Doc = validIndicatorSet();
    change(doc);
    const result = parseWith(indicatorSetSchema, doc);
    return result.ok ? [] : result.problems.map((p) => p.message);
  };

  it('accepts a last band exactly at the maximum score, weighted (3 + 1 = 4) or counted (2 indicators)', () => {
    expect(accepts((d) => (d.bands[1].min = 4))).toEqual([]);
    expect(accepts((d) => (d.categories[0].indicators.forEach((i: Doc) => delete i.weight), (d.bands[1].min = 2)))).toEqual([]);
  });

  it('adds fractional weights as the checklist does, to the hundredth: 0.7 + 0.1 reaches 0.8, 0.1 + 0.2 reaches 0.3', () => {
    // In plain floating point 0.7 + 0.1 is 0.7999999999999999 and 0.1 + 0.2 is 0.30000000000000004:
    // a band from 0.8 would be refused though the checklist reaches it.
    const weights = (a: number, b: number, min: number) => (d: Doc) => {
      d.categories[0].indicators[0].weight = a;
      d.categories[0].indicators[1].weight = b;
      d.bands[1].min = min;
    };
    expect(accepts(weights(0.7, 0.1, 0.8))).toEqual([]);
    expect(accepts(weights(0.1, 0.2, 0.3))).toEqual([]);
  });

  it('reports a first band that does not start at 0 once, at bands, when nothing else is wrong', () => {
    const doc: Doc = validIndicatorSet();
    doc.bands[0].min = 0.5; // still below the next band (1) and reachable
    const result = parseWith(indicatorSetSchema, doc);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.expected])).toEqual([['bands', 'expected the first concern band to start at 0']]);
  });
});

describe('helpline directory', () => {
  const line = 'helplines[1]';
  it('accepts hours closed on public holidays and named dates, the country’s holidays, a reporting form and hours not stated', () => {
    const doc = validDirectory();
    Object.assign((doc.helplines[1] as { availability: object }).availability, { closed: { publicHolidays: true, dates: ['2026-12-24'] } });
    (doc.helplines[1] as { channels: object[] }).channels.push({ type: 'form', url: 'https://example.org/report' });
    (doc.helplines[0] as { availability: object }).availability = { type: 'unstated' };
    const withHolidays = {
      ...doc,
      publicHolidays: [{ country: 'FR', dates: ['2026-05-14'], source: { url: 'https://example.org/holidays', checked: '2026-12-02' } }],
    };
    const result = parseWith(helplineDirectorySchema, withHolidays);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts an EU-wide number whose hours and languages vary by country', () => {
    const doc = validDirectory();
    Object.assign(doc.helplines[0] as Record<string, unknown>, { availability: { type: 'varies' }, languages: 'varies' });
    expect(parseWith(helplineDirectorySchema, doc).ok).toBe(true);
  });

  rejects(helplineDirectorySchema, validDirectory, [
    ['a phone number with letters', (d) => (d.helplines[1].channels[0].dial = '01 23 45'), `${line}.channels[0].dial`, /expected a number as dialled/],
    [
      'a WhatsApp number that is not international',
      (d) => (d.helplines[1].channels[0] = { type: 'whatsapp', dial: '0600000000', display: '06' }),
      `${line}.channels[0].dial`,
      /expected an international number/,
    ],
    ['a bad time zone', (d) => (d.helplines[1].availability.timeZone = 'Europe/Atlantis'), `${line}.availability.timeZone`, /expected an IANA time zone/],
    ['invalid hours', (d) => (d.helplines[1].availability.hours[0].close = '25:00'), `${line}.availability.hours[0].close`, /expected a time as HH:MM/],
    [
      'a slot that opens and closes at once',
      (d) => (d.helplines[1].availability.hours[0].close = '20:00'),
      `${line}.availability.hours[0]`,
      /expected a slot whose opening and closing times differ/,
    ],
    ['an unknown day', (d) => (d.helplines[1].availability.hours[0].days = ['funday']), `${line}.availability.hours[0].days[0]`, /expected .*, found "funday"/],
    ['an unknown country', (d) => (d.helplines[1].country = 'XX'), `${line}.country`, /expected an ISO 3166-1 alpha-2 country code/],
    ['a lower-case country', (d) => (d.helplines[1].country = 'fr'), `${line}.country`, /expected an ISO 3166-1 alpha-2/],
    ['no source', (d) => delete d.helplines[1].source, line, /missing required field source$/],
    ['an http source', (d) => (d.helplines[1].source.url = 'http://example.org'), `${line}.source.url`, /expected an https:\/\/ URL/],
    [
      'a date that does not exist',
      (d) => (d.helplines[1].source.checked = '2026-02-30'),
      `${line}.source.checked`,
      /expected a real calendar date, found "2026-02-30"/,
    ],
    ['an unknown channel', (d) => (d.helplines[1].channels[0] = { type: 'pager', dial: '123' }), `${line}.channels[0].type`, /expected .*, found "pager"/],
    ['a chat that is not https', (d) => (d.helplines[1].channels[1].url = 'http://chat'), `${line}.channels[1].url`, /expected an https:\/\/ URL/],
    ['duplicate ids', (d) => (d.helplines[1].id = 'eu-112'), line, /expected unique helpline ids, found "eu-112" twice/],
    ['a list of languages that is empty', (d) => (d.helplines[1].languages = []), `${line}.languages`, /expected at least 1 language/],
    [
      'a closed day that is not a date',
      (d) => (d.helplines[1].availability.closed = { dates: ['2026-13-01'] }),
      `${line}.availability.closed.dates[0]`,
      /expected a real calendar date/,
    ],
    [
      'closed days that name nothing',
      (d) => (d.helplines[1].availability.closed = {}),
      `${line}.availability.closed`,
      /expected "publicHolidays": true or at least 1 date/,
    ],
    [
      'a form that is not https',
      (d) => (d.helplines[1].channels[1] = { type: 'form', url: 'http://example.org/report' }),
      `${line}.channels[1].url`,
      /expected an https:\/\/ URL/,
    ],
    [
      'public holidays of no country',
      (d) => (d.publicHolidays = [{ country: 'EU', dates: ['2026-01-01'], source: { url: 'https://example.org', checked: '2026-12-02' } }]),
      'publicHolidays[0].country',
      /expected an ISO 3166-1 alpha-2/,
    ],
    [
      'public holidays without a source',
      (d) => (d.publicHolidays = [{ country: 'FR', dates: ['2026-01-01'] }]),
      'publicHolidays[0]',
      /missing required field source$/,
    ],
    [
      'two lists of holidays for one country',
      (d) => (d.publicHolidays = [0, 1].map(() => ({ country: 'FR', dates: ['2026-01-01'], source: { url: 'https://example.org', checked: '2026-12-02' } }))),
      'publicHolidays',
      /expected one list of public holidays per country/,
    ],
    [
      'languages that are neither a list nor "varies"',
      (d) => (d.helplines[1].languages = 'all'),
      `${line}.languages`,
      /expected \("varies" \| Array\), found "all"/,
    ],
  ]);
});

describe('messages for authors', () => {
  it('names a missing field and the object that lacks it', () => {
    const doc = validQuiz() as Doc;
    delete doc.questions[2].options[1].feedback;
    const result = parseWith(quizSchema, doc);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(['missing required field feedback at questions[2].options[1]']);
  });

  it('says where a value is wrong and what it found', () => {
    const doc = validModule() as Doc;
    doc.durationMinutes = '45';
    doc.title.de = 'Titel';
    const result = parseWith(moduleSchema, doc);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(['no such field de at title', 'expected number at durationMinutes, found "45"']);
  });
});

describe('a path on the same site', () => {
  const withUrl = (url: string) => parseWith(moduleSchema, { ...validModule(), url, image: { src: url, alt: { en: 'A picture' } } });
  it.each([
    ['https://stop-project.eu/modules/1', 'an https URL'],
    ['/modules/stop-1/', 'a path from the root of the site'],
    ['/', 'the root of the site'],
    ['./stop-1.html', 'a path from the page'],
    ['../images/stop-1.png', 'a path from the page’s parent'],
  ])('accepts %s (%s)', (url) => {
    const result = withUrl(url);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each([
    ['//evil.example/x', 'another site, on the page’s scheme'],
    ['/\\evil.example/x', 'another site: browsers read \\ as /'],
    ['/\t/evil.example/x', 'another site once the browser drops the tab'],
    ['\\\\evil.example/x', 'another site written with backslashes'],
    ['http://evil.example/x', 'plain http'],
    ['https:', 'an https URL with nothing after the scheme'],
    ['javascript:alert(1)', 'script'],
    [' /modules', 'a space before the path'],
    ['modules/stop-1', 'a bare relative path, which means something else on every page'],
  ])('refuses %s (%s) for the link and the image', (url) => {
    const result = withUrl(url);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['image.src', 'url']);
  });
});

describe('$schema', () => {
  it.each(EVERY_KIND)('is accepted at the root of a %s document', (kind, schema, valid) => {
    const result = parseWith(schema, { $schema: `https://childrensafe.eu/schemas/${kind}.schema.json`, ...valid() });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is a field of the root only', () => {
    const doc = validQuiz() as Doc;
    doc.questions[0].$schema = 'x';
    const result = parseWith(quizSchema, doc);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(['no such field $schema at questions[0]']);
  });
});
