import type { Page } from '@playwright/test';

/** Drops a file on the page as a browser does when an author drags it from their desktop. */
export async function dropFile(page: Page, name: string, content: string | { bytes: number }) {
  const transfer = await page.evaluateHandle(
    ({ name, content }) => {
      const dt = new DataTransfer();
      // A large file is made in the page, not sent to it.
      const text = typeof content === 'string' ? content : 'x'.repeat(content.bytes);
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, content },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}
