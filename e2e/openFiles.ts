import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

/** A file under e2e/fixtures or src/model/formats/fixtures, as a path Playwright can hand a chooser. */
export const e2eFixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
export const formatFixture = (name: string) =>
  new URL(`../src/model/formats/fixtures/${name}`, import.meta.url).pathname;

/** Writes a generated file (too large, or too hostile, to commit) to a fresh temporary folder. */
export function generated(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "open-")), name);
  writeFileSync(path, content);
  return path;
}

/** The Open dialog, opened from the toolbar. */
export async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Open…" }).click();
  const dialog = page.getByRole("dialog", { name: "Open" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses files (or, with "Open folder…", a folder) through the real file chooser the control opens. */
export async function chooseFiles(
  page: Page,
  paths: string[],
  control: "Choose files…" | "Open folder…" = "Choose files…",
) {
  const dialog = await openDialog(page);
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByText(control).click();
  await (await chooser).setFiles(paths);
  return dialog;
}

/** Drops a file onto the page the way a browser does: a DataTransfer carrying it, dragover then drop. */
export async function dropFile(page: Page, name: string, content: string) {
  await page.evaluate(
    ({ name, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name));
      const target = document.querySelector("main") ?? document.body;
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    { name, content },
  );
}

/** Pastes onto the page (outside any text field), with the clipboard holding these types. */
export async function paste(page: Page, items: Record<string, string>) {
  await page.evaluate((items) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(items)) data.setData(type, value);
    (document.querySelector("main") ?? document.body).dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, items);
}
