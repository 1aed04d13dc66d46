import { expect, test, type Page } from "@playwright/test";
import { parseGraphFile } from "../src/app/data/parseGraphFile";
import { GraphLoadError } from "../src/app/data/GraphLoadError";
import { fixture, testGraph } from "./explorerPage";

/** What the app's own reader says of a file: the alert must show exactly that (its words are pinned in its unit tests). */
function expectedFailure(file: string): GraphLoadError {
  try {
    parseGraphFile(fixture(file));
  } catch (error) {
    if (error instanceof GraphLoadError) return error;
    throw error;
  }
  throw new Error(`${file} is read without a problem`);
}

/** Opens a graph file the app must refuse, and returns the alert. */
async function openBadGraph(page: Page, file: string) {
  await page.goto(`/?graph=${testGraph(file)}`);
  const alert = page.getByRole("alert");
  await expect(alert).toBeVisible();
  return alert;
}

/** Never a blank page: a title, Retry, and a way to the default graph that works. */
async function expectAWayOut(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article graph explorer");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeEnabled();
  await alert.getByRole("link", { name: "Open the default graph" }).click();
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(new URL(page.url()).search).toBe("");
}

test.describe("a bad graph file gets a clear answer", () => {
  for (const file of [
    "not-json.invalid.json",
    "wrong-schema.invalid.json",
    "missing-node.invalid.json",
    "duplicate-ids.invalid.json",
    "span-outside-text.invalid.json",
    "enormous-strings.invalid.json",
  ]) {
    test(`${file}: says what is wrong and where, and offers a way out`, async ({ page }) => {
      const expected = expectedFailure(file);
      const alert = await openBadGraph(page, file);
      await expect(alert.getByRole("heading", { level: 2 })).toHaveText(expected.summary);
      await expect(alert.getByRole("listitem")).toHaveText([...expected.details]);
      // Short: an enormous value is counted, never shown.
      expect((await page.locator("body").innerText()).length).toBeLessThan(1_500);
      await expectAWayOut(page);
    });
  }
});
