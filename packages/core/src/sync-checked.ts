/**
 * Sets the live `checked` state of the inputs `selector` finds. The `checked` attribute is only
 * a control's initial state (and what a server renders); after the first change, only the
 * property shows what the widget's state says, "clear" and "retry" included.
 */
export function syncChecked(root: ParentNode, selector: string, isChecked: (input: HTMLInputElement) => boolean): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(selector)) input.checked = isChecked(input);
}
