/** Drivers for the draft dialog in the browser tests. */
import type { Page } from 'playwright-core';

/** Opens "Draft from an article…" from the start screen; returns the dialog. */
export async function openDraftDialog(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Your stories' }).waitFor();
  await page.getByRole('button', { name: 'Draft from an article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draft a story from an article' });
  await dialog.waitFor();
  return dialog;
}

/** Drafts `text` published on `published` (YYYY-MM-DD) and waits for the story's heading. */
export async function draftText(page: Page, text: string, published: string, heading: RegExp) {
  const dialog = await openDraftDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  await dialog.getByLabel('Publication date').fill(published);
  await dialog.getByRole('button', { name: 'Draft the story' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
