import { html, type TemplateResult } from 'lit';
import { msg } from './localize.js';
import type { ContentErrorDetail } from './cs-error.js';

/** The short, localised message a widget shows in place of content it could not use. */
export function contentErrorMessage(error: ContentErrorDetail): string {
  switch (error.code) {
    case 'content-invalid':
      return msg('This content cannot be shown because it contains errors.', {
        id: 'core.error.invalid',
        desc: 'Shown inside a widget whose content failed validation.',
      });
    case 'content-not-found':
      return msg('This content could not be found.', {
        id: 'core.error.not-found',
        desc: 'Shown inside a widget when the content it was asked to show does not exist.',
      });
    case 'content-fetch-failed':
      return msg('This content could not be loaded. Check your connection and reload the page.', {
        id: 'core.error.fetch-failed',
        desc: 'Shown inside a widget when its content could not be downloaded.',
      });
    case 'no-content':
      return msg('There is no content to show here.', {
        id: 'core.error.no-content',
        desc: 'Shown inside a widget that the page gave no content to show (a mistake in the page, not the reader’s).',
      });
  }
}

export function renderContentError(error: ContentErrorDetail): TemplateResult {
  return html`<p class="error" role="alert" part="error">${contentErrorMessage(error)}</p>`;
}
