import { expect, type Page } from "@playwright/test";

/**
 * Starts watching a page for what hostile input must never cause; the returned check asserts there
 * was no page error, no console error, no script run (`window.__pwned` stays unset) and no element
 * made from the input's text.
 */
export function watchForTrouble(page: Page): () => Promise<void> {
  const trouble: string[] = [];
  page.on("pageerror", (error) => trouble.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") trouble.push(`console error: ${message.text()}`);
  });
  return async () => {
    const injected = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      elements: document.querySelectorAll("img, iframe, object, embed, b, u, script:not([src])")
        .length,
    }));
    expect(injected).toEqual({ pwned: undefined, elements: 0 });
    expect(trouble).toEqual([]);
  };
}
