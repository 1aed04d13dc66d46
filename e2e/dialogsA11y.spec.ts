import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openExplorer } from "./explorerPage";
import { chooseFiles, formatFixture } from "./openFiles";

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test.describe("the Open and Export dialogs, for keyboards and screen readers", () => {
  test("Open: axe finds nothing, with a failure shown, something under Recent and the choice to add; Escape closes it", async ({
    page,
  }) => {
    await openExplorer(page);
    await chooseFiles(page, [formatFixture("gephi-1.2.valid.gexf")]);
    await expect(page).toHaveURL(/#recent=/);
    const dialog = await chooseFiles(page, [formatFixture("empty.invalid.txt")]);
    await expect(dialog.getByRole("alert")).toBeVisible();
    await expect(dialog.getByRole("region", { name: "Recent" })).toBeVisible();
    // What is on screen was opened, so the dialog asks whether to add to it.
    await expect(dialog.getByRole("radio", { name: "Add to this graph" })).toBeVisible();
    await expectNoViolations(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Open…" })).toBeFocused();
  });

  test("Export: axe finds nothing; its formats are reached by Tab", async ({ page }) => {
    await openExplorer(page);
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog.getByRole("button", { name: "PNG" })).toBeVisible();
    await expectNoViolations(page);
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("radio", { name: /^The whole graph/ })).toBeFocused();
  });
});
