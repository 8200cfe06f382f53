import { helplineDirectorySchema, indicatorSetSchema, moduleSchema, quizSchema } from '../src/index.js';

/** Minimal valid documents of each kind: the tests break them one way at a time. */
export const validModule = () => ({
  kind: 'module',
  id: 'm',
  title: { en: 'T' },
  summary: { en: 'S' },
  audience: { en: 'A' },
  durationMinutes: 45,
  level: 'introductory',
  units: [{ id: 'u', title: { en: 'U' }, description: { en: 'D' } }],
});

const option = (id: string, correct: boolean) => ({ id, text: { en: id }, correct, feedback: { en: `why ${id}` } });

export const validQuiz = () => ({
  kind: 'quiz',
  id: 'q',
  title: { en: 'Quiz' },
  passMark: 70,
  questions: [
    { id: 'one', type: 'single', prompt: { en: 'Which?' }, options: [option('a', true), option('b', false)] },
    { id: 'many', type: 'multiple', prompt: { en: 'Which ones?' }, options: [option('a', true), option('b', true), option('c', false)] },
    { id: 'tf', type: 'true-false', prompt: { en: 'True?' }, options: [option('true', false), option('false', true)] },
  ],
  bands: [
    { min: 0, feedback: { en: 'Keep going' } },
    { min: 70, feedback: { en: 'Well done' } },
  ],
});

export const validIndicatorSet = () => ({
  kind: 'indicator-set',
  id: 'i',
  title: { en: 'Signs' },
  disclaimer: { en: 'An aid to judgement, not a diagnosis.' },
  emergency: { en: 'Call 112 if a child is in immediate danger.' },
  categories: [
    {
      id: 'behaviour',
      title: { en: 'Behaviour' },
      indicators: [
        { id: 'missing', text: { en: 'Goes missing' }, explanation: { en: 'A strong sign' }, weight: 3, escalatesTo: 'some', strongSign: true },
        { id: 'gifts', text: { en: 'Unexplained gifts' }, explanation: { en: 'Why' }, weight: 1 },
      ],
    },
  ],
  bands: [
    { id: 'none', min: 0, title: { en: 'None' }, guidance: { en: 'Keep observing' }, actions: ['record'] },
    { id: 'some', min: 1, title: { en: 'Some' }, guidance: { en: 'Talk to the lead' }, actions: ['record', 'talk-to-safeguarding-lead'] },
  ],
  helplineTopics: ['sexual-exploitation'],
  reportingRoutes: [
    {
      country: 'FR',
      name: { en: 'The 119' },
      steps: { en: 'Call [119](tel:119).' },
      duty: { en: 'You may have a legal duty to report.' },
      sources: [{ url: 'https://example.org/route', checked: '2026-12-02' }],
    },
  ],
});

export const validDirectory = () => ({
  kind: 'helpline-directory',
  id: 'd',
  helplines: [
    {
      id: 'eu-112',
      country: 'EU',
      name: { en: '112' },
      description: { en: 'Emergency number' },
      channels: [{ type: 'phone', dial: '112', display: '112' }],
      topics: ['emergency', 'sexual-exploitation'],
      audience: ['children', 'adults'],
      languages: ['en'],
      cost: 'free',
      availability: { type: 'always' },
      source: { url: 'https://example.org/112', checked: '2026-11-22' },
    },
    {
      id: 'fr-line',
      country: 'FR',
      name: { en: 'Line' },
      description: { en: 'A line' },
      channels: [
        { type: 'phone', dial: '+33100000000', display: '01 00 00 00 00' },
        {
          type: 'chat',
          url: 'https://example.org/chat',
          availability: { type: 'weekly', timeZone: 'Europe/Paris', hours: [{ days: ['mon'], open: '10:00', close: '18:00' }] },
        },
      ],
      topics: ['abuse', 'sexual-exploitation'],
      audience: ['professionals'],
      languages: ['fr'],
      cost: 'unknown',
      availability: { type: 'weekly', timeZone: 'Europe/Paris', hours: [{ days: ['fri', 'sat'], open: '20:00', close: '02:00' }] },
      source: { url: 'https://example.org/line', checked: '2026-11-22' },
    },
  ],
});

/** Each kind with its schema and a valid document, for tests that go through all of them. */
export const EVERY_KIND = [
  ['module', moduleSchema, validModule],
  ['quiz', quizSchema, validQuiz],
  ['indicator-set', indicatorSetSchema, validIndicatorSet],
  ['helpline-directory', helplineDirectorySchema, validDirectory],
] as const;
