import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dispatchCsError } from './cs-error.js';
import { LINK_SCHEMES, safeHref } from './safe-url.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A link target a page gives a widget (an attribute or a property), passed through the core
 * link rule. A refused URL renders no link; the page's developer hears of it once per value,
 * as a console warning naming the attribute and a `cs-error` event (code `unsafe-url`).
 */
export class HostHref implements ReactiveController {
  private reported?: string;

  constructor(
    private readonly host: Host,
    /** The attribute, as the page writes it (`helplines-href`). */
    private readonly attribute: string,
    private readonly given: () => string | null | undefined,
    private readonly options?: Parameters<typeof safeHref>[1],
  ) {
    host.addController(this);
  }

  /** The URL to link to, or `null` when none was given or it was refused. Pure, so it serves the server too. */
  get value(): string | null {
    return safeHref(this.given(), this.options);
  }

  /** Whether the page gave a URL that the rule refused. */
  get refused(): boolean {
    const given = this.given();
    return typeof given === 'string' && given.trim() !== '' && this.value === null;
  }

  hostUpdated(): void {
    const given = this.given();
    if (!this.refused || given === this.reported) return;
    this.reported = given as string;
    const options = this.options ?? {};
    const allowed = [...(options.schemes ?? LINK_SCHEMES), ...(options.relative === false ? [] : ['a relative URL'])].join(', ');
    const message = `<${this.host.localName}> ${this.attribute}: refused ${JSON.stringify(given)}; it may be ${allowed}`;
    console.warn(`[childrensafe] ${message}`);
    dispatchCsError(this.host, { code: 'unsafe-url', message, source: this.attribute });
  }
}
