import { expect, test, type Page } from "@playwright/test";
import { details, openExplorer, testGraph } from "./explorerPage";

const veiled = (page: Page) => page.evaluate(() => window.__explorer?.fadedCount() ?? 0);

test("a large graph dims around what is looked at with a spotlight, and lifts it on Escape", async ({
  page,
}) => {
  await openExplorer(page, `?graph=${testGraph("placed-1000.valid.json")}`);
  const spotlight = page.locator(".spotlight");
  await expect(spotlight).toBeHidden();
  expect(await veiled(page)).toBe(0);

  // The keyboard ring starts on a node; Enter selects it.
  await page.getByTestId("graph-canvas").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/node=/);
  await expect(details(page).getByRole("heading", { level: 2 })).not.toHaveText("Nothing selected");
  await expect(spotlight).toBeVisible();
  // Everything outside the neighbourhood is under the veil, drawn again above it by a second canvas.
  expect(await veiled(page)).toBeGreaterThan(900);
  expect(
    await page.evaluate(() => document.querySelectorAll(".spotlight canvas").length),
  ).toBeGreaterThan(0);

  await page.keyboard.press("Escape");
  await expect(spotlight).toBeHidden();
  expect(await veiled(page)).toBe(0);
});
