/** Lines shown at once; "Show more" adds as many. Keeps typing fast on a long directory. */
export const PAGE_SIZE = 20;

/** How many of the lines found are shown: a page at first, a page more at each "Show more". */
export class Paging {
  shown = PAGE_SIZE;

  /** Back to one page: the lines found changed (a filter, a country). */
  reset(): void {
    this.shown = PAGE_SIZE;
  }

  /** Shows one more page; returns the index of the first line added, where focus goes. */
  more(): number {
    const first = this.shown;
    this.shown += PAGE_SIZE;
    return first;
  }

  /** The lines shown out of those found. */
  visible<T>(found: readonly T[]): readonly T[] {
    return found.slice(0, this.shown);
  }

  /** How many found lines are not shown yet: what "Show more" says. */
  left(found: number): number {
    return Math.max(0, found - this.shown);
  }
}
