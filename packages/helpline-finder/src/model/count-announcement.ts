/** Typing is announced once it pauses, not at every key. */
export const ANNOUNCE_AFTER_TYPING_MS = 700;

/**
 * When the finder announces how many lines it found: once typing pauses (at once for any
 * other change), and only once the lines it counts are in, since a new country's lines may
 * still be loading. `onDue` asks the element to render; the render then `take`s the count.
 */
export class CountAnnouncement {
  private timer?: ReturnType<typeof setTimeout>;
  private due = false;

  constructor(private readonly onDue: () => void) {}

  /** The lines found changed: announce their count after a pause when typing, else at once. */
  schedule(typing: boolean): void {
    this.cancel();
    this.timer = setTimeout(
      () => {
        this.due = true;
        this.onDue();
      },
      typing ? ANNOUNCE_AFTER_TYPING_MS : 0,
    );
  }

  /** True once, when the count is due and the lines are in (`ready`): announce it now. */
  take(ready: boolean): boolean {
    if (!this.due || !ready) return false;
    this.due = false;
    return true;
  }

  /** Nothing is due any more (the element left the page, or a newer change came). */
  cancel(): void {
    clearTimeout(this.timer);
    this.due = false;
  }
}
