/**
 * The partners page's form: each change rewrites the code to copy, with the functions the
 * server used for the first choice; "Copy" puts it on the clipboard and says so in the
 * page's status line. Text only (textContent), never markup.
 */
import { SNIPPET_WIDGETS, iframeSnippet, scriptSnippet, type SnippetOptions, type SnippetTheme, type SnippetWidget } from '@childrensafe/widgets/snippets';

export function enhanceSnippetBuilder(form: HTMLFormElement): void {
  const status = document.querySelector<HTMLElement>('.snippet-status');
  const show = (way: 'script' | 'iframe', snippet: string | undefined) => {
    const block = document.querySelector<HTMLElement>(`.snippet[data-way="${way}"]`);
    if (!block) return;
    block.querySelector('code')!.textContent = snippet ?? '';
    block.querySelector<HTMLElement>('pre')!.hidden = snippet === undefined;
    block.querySelector<HTMLElement>('.snippet-none')!.hidden = snippet !== undefined;
    block.querySelector<HTMLElement>('.copy')!.hidden = snippet === undefined;
  };
  const update = () => {
    const fields = new FormData(form);
    const widget = String(fields.get('widget')) as SnippetWidget;
    if (!(widget in SNIPPET_WIDGETS)) return;
    const options: SnippetOptions = {
      widget,
      language: String(fields.get('language')),
      theme: String(fields.get('theme')) as SnippetTheme,
      country: String(fields.get('country') ?? ''),
    };
    show('script', scriptSnippet(options));
    show('iframe', iframeSnippet(options, form.dataset[`title${widget.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`] ?? widget));
    if (status) status.textContent = '';
  };
  form.addEventListener('change', update);
  update();

  for (const button of document.querySelectorAll<HTMLButtonElement>('.snippet .copy')) {
    button.addEventListener('click', async () => {
      const code = document.getElementById(button.dataset.copies ?? '')?.textContent ?? '';
      await navigator.clipboard.writeText(code);
      if (status) status.textContent = form.dataset.copied ?? '';
    });
  }
}
