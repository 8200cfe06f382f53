/**
 * The quick exit's keyboard shortcut as a pure model, fed key events and a fake clock: Shift
 * pressed on its own three times within the window exits, Escape twice when enabled, never
 * while typing in a field. Also the destination rules and what counts as a typing target.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_DESTINATION,
  ExitShortcut,
  exitDestination,
  isTypingTarget,
  type ShortcutAnswer,
  type ShortcutKey,
  type ShortcutOptions,
} from '../src/quick-exit-model.js';
import { destinations } from '../fixtures/quick-exit.fixtures.js';

/** A shortcut on a fake clock the test moves by hand. */
function setup(options: ShortcutOptions = {}) {
  const clock = { t: 1_000_000 };
  const shortcut = new ExitShortcut(options, () => clock.t);
  const down = (key: string, extra: Partial<ShortcutKey> = {}) => shortcut.handle({ key, down: true, ...extra });
  const up = (key: string, extra: Partial<ShortcutKey> = {}) => shortcut.handle({ key, down: false, ...extra });
  /** A key pressed and released on its own: the answer to the release (for Shift) or the press. */
  const tap = (key: string, extra: Partial<ShortcutKey> = {}): ShortcutAnswer => {
    const pressed = down(key, extra);
    const released = up(key, extra);
    // Only one of the two can carry an answer: Shift counts on release, other keys on press.
    const [answer, silent] = key === 'Shift' ? [released, pressed] : [pressed, released];
    expect(silent).toEqual({ type: 'none' });
    return answer;
  };
  const at = (ms: number) => {
    clock.t = 1_000_000 + ms;
  };
  return { shortcut, down, up, tap, at };
}

const none = { type: 'none' };
const reset = { type: 'reset' };
const exit = { type: 'exit' };
const shift = (remaining: number) => ({
  type: 'progress',
  key: 'Shift',
  remaining,
});
const escape = (remaining: number) => ({
  type: 'progress',
  key: 'Escape',
  remaining,
});

describe('Shift pressed three times', () => {
  it('counts down and exits on the third lone Shift within the window', () => {
    const { tap, at } = setup();
    at(0);
    expect(tap('Shift')).toEqual(shift(2));
    at(1000);
    expect(tap('Shift')).toEqual(shift(1));
    at(2000);
    expect(tap('Shift')).toEqual(exit);
  });

  it('counts a Shift on its release, not its press', () => {
    const { down, up } = setup();
    expect(down('Shift')).toEqual(none);
    expect(up('Shift')).toEqual(shift(2));
    // A release without a press (focus came back with Shift held) does not count.
    expect(up('Shift')).toEqual(none);
  });

  it('counts a Shift held down, its auto-repeat ignored, as one press', () => {
    const { down, up } = setup();
    expect(down('Shift')).toEqual(none);
    expect(down('Shift', { repeat: true })).toEqual(none);
    expect(down('Shift', { repeat: true })).toEqual(none);
    expect(up('Shift')).toEqual(shift(2));
  });

  it('starts from zero again after an exit', () => {
    const { tap } = setup();
    tap('Shift');
    tap('Shift');
    expect(tap('Shift')).toEqual(exit);
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Shift')).toEqual(shift(1));
    expect(tap('Shift')).toEqual(exit);
  });

  it('takes a custom number of presses', () => {
    const two = setup({ presses: 2 });
    expect(two.tap('Shift')).toEqual(shift(1));
    expect(two.tap('Shift')).toEqual(exit);

    const five = setup({ presses: 5 });
    expect([1, 2, 3, 4, 5].map(() => five.tap('Shift'))).toEqual([shift(4), shift(3), shift(2), shift(1), exit]);

    const one = setup({ presses: 1 });
    expect(one.tap('Shift')).toEqual(exit);
  });
});

describe('the time window', () => {
  it('restarts the count when the third press comes after the window (4th second vs 6th second)', () => {
    const { tap, at } = setup({ windowMs: 5000 });
    at(0);
    expect(tap('Shift')).toEqual(shift(2));
    at(4000);
    expect(tap('Shift')).toEqual(shift(1));
    at(6000);
    // 6 s after the first press: a new sequence starts with this press.
    expect(tap('Shift')).toEqual(shift(2));
    at(7000);
    expect(tap('Shift')).toEqual(shift(1));
    at(8000);
    expect(tap('Shift')).toEqual(exit);
  });

  it('measures the window from the first press, not the last one', () => {
    const { tap, at } = setup({ windowMs: 5000 });
    at(0);
    tap('Shift');
    at(3000);
    expect(tap('Shift')).toEqual(shift(1));
    at(5500); // 2.5 s after the last press, 5.5 s after the first
    expect(tap('Shift')).toEqual(shift(2));
  });

  it('still counts a press exactly at the boundary, and restarts one millisecond later', () => {
    const inTime = setup({ windowMs: 5000 });
    inTime.at(0);
    inTime.tap('Shift');
    inTime.tap('Shift');
    inTime.at(5000);
    expect(inTime.tap('Shift')).toEqual(exit);

    const late = setup({ windowMs: 5000 });
    late.at(0);
    late.tap('Shift');
    late.tap('Shift');
    late.at(5001);
    expect(late.tap('Shift')).toEqual(shift(2));
  });

  it('uses a 5 second window by default', () => {
    const { tap, at } = setup();
    at(0);
    tap('Shift');
    tap('Shift');
    at(5001);
    expect(tap('Shift')).toEqual(shift(2));
  });

  it('takes a custom window', () => {
    const { tap, at } = setup({ windowMs: 1000 });
    at(0);
    tap('Shift');
    at(600);
    tap('Shift');
    at(1200);
    expect(tap('Shift')).toEqual(shift(2));
  });
});

describe('what breaks a sequence', () => {
  it('does not count Shift used with another key (Shift down, A down, Shift up)', () => {
    const { down, up } = setup();
    expect(down('Shift')).toEqual(none);
    expect(down('A')).toEqual(none); // nothing was counting yet: no reset to announce
    expect(up('Shift')).toEqual(none);
    expect(up('A')).toEqual(none);
  });

  it('resets a sequence under way when Shift is used with another key', () => {
    const { tap, down, up } = setup();
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Shift')).toEqual(shift(1));
    expect(down('Shift')).toEqual(none);
    expect(down('A')).toEqual(reset);
    expect(up('A')).toEqual(none);
    expect(up('Shift')).toEqual(none);
    // The next lone Shift starts a new sequence.
    expect(tap('Shift')).toEqual(shift(2));
  });

  it('does not count Shift when the other key is released before Shift', () => {
    const { tap, down, up } = setup();
    tap('Shift');
    down('Shift');
    expect(down('!')).toEqual(reset);
    expect(up('!')).toEqual(none);
    expect(up('Shift')).toEqual(none);
  });

  it('resets on any other key pressed, answering reset only when something was counting', () => {
    const { tap } = setup();
    expect(tap('a')).toEqual(none);
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Enter')).toEqual(reset);
    expect(tap('Tab')).toEqual(none); // already reset: nothing to announce
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Shift')).toEqual(shift(1));
    expect(tap('Control')).toEqual(reset);
    expect(tap('Shift')).toEqual(shift(2));
  });

  it('ignores the release of other keys', () => {
    const { tap, up } = setup();
    tap('Shift');
    tap('Shift');
    expect(up('a')).toEqual(none);
    expect(up('Escape')).toEqual(none);
    expect(up('Control')).toEqual(none);
    expect(tap('Shift')).toEqual(exit);
  });

  it('ignores auto-repeat of other keys', () => {
    const { tap, down } = setup();
    tap('Shift');
    expect(down('a', { repeat: true })).toEqual(none);
    expect(down('ArrowDown', { repeat: true })).toEqual(none);
    expect(tap('Shift')).toEqual(shift(1));
  });

  it('never counts while typing in a field, and resets a sequence under way', () => {
    const { tap, down, up } = setup();
    expect(tap('Shift', { inField: true })).toEqual(none);
    expect(tap('Shift', { inField: true })).toEqual(none);
    expect(tap('Shift', { inField: true })).toEqual(none);

    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Shift')).toEqual(shift(1));
    expect(down('Shift', { inField: true })).toEqual(reset);
    expect(up('Shift', { inField: true })).toEqual(none);
    expect(tap('Shift')).toEqual(shift(2));
  });

  it('does not count a Shift pressed in a field and released outside it', () => {
    const { down, up } = setup();
    expect(down('Shift', { inField: true })).toEqual(none);
    expect(up('Shift')).toEqual(none);
  });

  it('resets on an auto-repeated key in a field too (the field comes first)', () => {
    const { tap, down } = setup();
    tap('Shift');
    expect(down('a', { inField: true, repeat: true })).toEqual(reset);
  });
});

describe('Escape', () => {
  it('is ignored unless enabled: it only resets', () => {
    const { tap } = setup();
    expect(tap('Escape')).toEqual(none);
    expect(tap('Escape')).toEqual(none);
    expect(tap('Escape')).toEqual(none);
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Escape')).toEqual(reset);
  });

  it('exits on two Escapes when enabled', () => {
    const { tap } = setup({ escape: true });
    expect(tap('Escape')).toEqual(escape(1));
    expect(tap('Escape')).toEqual(exit);
    expect(tap('Escape')).toEqual(escape(1));
  });

  it('takes a custom number of Escape presses', () => {
    const { tap } = setup({ escape: true, escapePresses: 3 });
    expect(tap('Escape')).toEqual(escape(2));
    expect(tap('Escape')).toEqual(escape(1));
    expect(tap('Escape')).toEqual(exit);
  });

  it('keeps Shift working when Escape is enabled', () => {
    const { tap } = setup({ escape: true });
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Shift')).toEqual(shift(1));
    expect(tap('Shift')).toEqual(exit);
  });

  it('does not mix with Shift: Shift, Escape, Shift does not exit', () => {
    const { tap } = setup({ escape: true });
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Escape')).toEqual(escape(1));
    expect(tap('Shift')).toEqual(shift(2));
  });

  it('does not mix with Shift: Escape, Shift, Escape does not exit', () => {
    const { tap } = setup({ escape: true });
    expect(tap('Escape')).toEqual(escape(1));
    expect(tap('Shift')).toEqual(shift(2));
    expect(tap('Escape')).toEqual(escape(1));
  });

  it('has the same window, and auto-repeat and fields do not count', () => {
    const { tap, down, at } = setup({ escape: true, windowMs: 5000 });
    at(0);
    expect(tap('Escape')).toEqual(escape(1));
    at(5001);
    expect(tap('Escape')).toEqual(escape(1));
    expect(down('Escape', { repeat: true })).toEqual(none);
    expect(tap('Escape', { inField: true })).toEqual(reset);
    expect(tap('Escape')).toEqual(escape(1));
  });

  it('makes a Shift held with Escape not count', () => {
    const { down, up } = setup({ escape: true });
    down('Shift');
    expect(down('Escape')).toEqual(escape(1));
    expect(up('Shift')).toEqual(none);
  });
});

describe('properties', () => {
  const keys = ['Shift', 'Escape', 'a', 'A', 'Enter', 'Tab', 'Control', 'Alt', 'Meta', ' ', 'ArrowDown'];
  const event = fc.record({
    key: fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 3 })),
    down: fc.boolean(),
    repeat: fc.boolean(),
    advanceMs: fc.integer({ min: 0, max: 8000 }),
  });
  const options = fc.record(
    {
      presses: fc.integer({ min: 1, max: 5 }),
      escapePresses: fc.integer({ min: 1, max: 5 }),
      escape: fc.boolean(),
      windowMs: fc.integer({ min: 0, max: 10000 }),
    },
    { requiredKeys: [] },
  );

  it('never exits while typing in a field, whatever the keys and timing', () => {
    fc.assert(
      fc.property(options, fc.array(event, { maxLength: 60 }), (opts, events) => {
        let t = 0;
        const shortcut = new ExitShortcut(opts, () => t);
        for (const e of events) {
          t += e.advanceMs;
          const answer = shortcut.handle({
            key: e.key,
            down: e.down,
            repeat: e.repeat,
            inField: true,
          });
          expect(answer.type === 'none' || answer.type === 'reset').toBe(true);
        }
      }),
    );
  });

  it('exits only on a Shift release or an enabled Escape press, never on anything else', () => {
    fc.assert(
      fc.property(
        options,
        fc.array(fc.record({ e: event, inField: fc.boolean() }), {
          maxLength: 60,
        }),
        (opts, events) => {
          let t = 0;
          const shortcut = new ExitShortcut(opts, () => t);
          for (const { e, inField } of events) {
            t += e.advanceMs;
            const answer = shortcut.handle({
              key: e.key,
              down: e.down,
              repeat: e.repeat,
              inField,
            });
            if (answer.type === 'exit' || answer.type === 'progress') {
              expect(inField || e.repeat).toBe(false);
              const fromShift = e.key === 'Shift' && !e.down;
              const fromEscape = e.key === 'Escape' && e.down && opts.escape === true;
              expect(fromShift || fromEscape).toBe(true);
            }
            if (answer.type === 'progress') expect(answer.remaining).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('exitDestination', () => {
  const base = 'http://localhost:8000/packages/quick-exit/stories/index.html';

  it('keeps absolute https and http destinations', () => {
    expect(exitDestination('https://example.org/')).toBe('https://example.org/');
    expect(exitDestination('https://example.org/path?q=1#top')).toBe('https://example.org/path?q=1#top');
    expect(exitDestination('http://example.org')).toBe('http://example.org/');
    expect(exitDestination('HTTPS://EXAMPLE.ORG/')).toBe('https://example.org/');
    expect(exitDestination('https://example.org/', base)).toBe('https://example.org/');
  });

  it('resolves relative destinations against the base', () => {
    expect(exitDestination(destinations.test, base)).toBe('http://localhost:8000/packages/quick-exit/test/destination.html');
    expect(exitDestination('destination.html', 'https://example.org/a/b.html')).toBe('https://example.org/a/destination.html');
    expect(exitDestination('//example.org/x', 'https://site.example/')).toBe('https://example.org/x');
  });

  it('keeps a relative destination as written when there is no base (server rendering)', () => {
    expect(exitDestination(destinations.test)).toBe(destinations.test);
    expect(exitDestination(destinations.test, 'https://partner.example/page')).toBe(`https://partner.example${destinations.test}`);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['javascript: with leading space', '  javascript:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@example.org'],
    ['ftp:', 'ftp://example.org/'],
    ['file:', 'file:///etc/passwd'],
    ['empty', ''],
    ['garbage', 'http://'],
    ['a scheme-looking garbage', 'not:a url at all'],
  ])('falls back to the default for %s', (_name, href) => {
    expect(exitDestination(href)).toBe(DEFAULT_DESTINATION);
  });

  it('does not let a base turn a javascript:, data: or mailto: destination into a usable one', () => {
    for (const href of destinations.unusable) expect(exitDestination(href, base)).toBe(DEFAULT_DESTINATION);
    expect(exitDestination('JavaScript:alert(1)', base)).toBe(DEFAULT_DESTINATION);
    expect(exitDestination('ftp://example.org/', base)).toBe(DEFAULT_DESTINATION);
  });

  it('falls back to the default for null and undefined', () => {
    expect(exitDestination(null)).toBe(DEFAULT_DESTINATION);
    expect(exitDestination(undefined)).toBe(DEFAULT_DESTINATION);
    expect(exitDestination(null, base)).toBe(DEFAULT_DESTINATION);
  });

  it('has a neutral https default', () => {
    expect(new URL(DEFAULT_DESTINATION).protocol).toBe('https:');
    expect(exitDestination(DEFAULT_DESTINATION)).toBe(DEFAULT_DESTINATION);
  });

  it('always answers something that leads to an http(s) page, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:x', 'data:,x', 'vbscript:x')),
        fc.option(fc.webUrl(), { nil: undefined }),
        (href, b) => {
          const out = exitDestination(href, b);
          // Without a base a relative destination stays relative: resolved on any https page, it is https.
          expect(['http:', 'https:']).toContain(new URL(out, b ?? 'https://partner.example/').protocol);
          if (b !== undefined) expect(['http:', 'https:']).toContain(new URL(out).protocol);
        },
      ),
    );
  });
});

describe('isTypingTarget', () => {
  /** A small stand-in for an element: what isTypingTarget reads. */
  const el = (localName: string, props: { type?: string; isContentEditable?: boolean } = {}) =>
    ({
      localName,
      isContentEditable: false,
      closest: () => null,
      ...props,
    }) as unknown as EventTarget;

  it.each(['text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date'])('is true for an input of type %s', (type) => {
    expect(isTypingTarget(el('input', { type }))).toBe(true);
  });

  it.each(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])('is false for an input of type %s', (type) => {
    expect(isTypingTarget(el('input', { type }))).toBe(false);
  });

  it('is true for a textarea and a select', () => {
    expect(isTypingTarget(el('textarea'))).toBe(true);
    expect(isTypingTarget(el('select'))).toBe(true);
  });

  it('is true for contenteditable content', () => {
    expect(isTypingTarget(el('div', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('p', { isContentEditable: true }))).toBe(true);
  });

  it('is false for other elements', () => {
    expect(isTypingTarget(el('div'))).toBe(false);
    expect(isTypingTarget(el('button'))).toBe(false);
    expect(isTypingTarget(el('a'))).toBe(false);
    expect(isTypingTarget(el('cs-quick-exit'))).toBe(false);
  });

  it('is false for null and for targets that are not elements (window, document)', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(new EventTarget())).toBe(false);
    expect(
      isTypingTarget({
        localName: 'input',
        type: 'text',
      } as unknown as EventTarget),
    ).toBe(false);
  });
});

describe('defaults', () => {
  let shortcut: ExitShortcut;
  beforeEach(() => {
    shortcut = new ExitShortcut();
  });

  it('on the real clock, exit on three quick Shifts', () => {
    const answers = [0, 1, 2].map(() => (shortcut.handle({ key: 'Shift', down: true }), shortcut.handle({ key: 'Shift', down: false })));
    expect(answers.map((a) => a.type)).toEqual(['progress', 'progress', 'exit']);
  });
});
