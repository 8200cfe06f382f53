/**
 * The rules of <cs-__name__>, with no DOM: whether the reader marked it done. The element only
 * shows this state and calls these methods; tests run it in Node.
 */
export class __Name__State {
  private value = false;

  get done(): boolean {
    return this.value;
  }

  /** Marks done, or not done again; returns the new state. */
  toggle(): boolean {
    this.value = !this.value;
    return this.value;
  }
}
