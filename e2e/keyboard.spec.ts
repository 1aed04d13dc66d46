import { expect, test, type Locator, type Page } from "@playwright/test";
import { article, details, graph, openExplorer } from "./explorerPage";

const announcer = (page: Page) => page.getByTestId("announcer");

/** Presses a key until the element has focus, as a person tabbing through the page would. */
async function pressUntilFocused(page: Page, key: string, target: Locator, most = 200) {
  for (let i = 0; i < most; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test("from a fresh load, the keyboard alone reaches a node, reads it, filters and copies the link", async ({
  page,
}) => {
  await openExplorer(page);

  // The first Tab stop is the way to the graph.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the graph" })).toBeFocused();
  await page.keyboard.press("Enter");
  const canvas = page.getByRole("application", { name: "Graph canvas" });
  await expect(canvas).toBeFocused();
  // The ring starts on a node and says which; arrows move it.
  await expect(announcer(page)).toContainText("Enter selects, R goes through its relations.");
  const first = await announcer(page).textContent();
  await page.keyboard.press("ArrowRight");
  await expect(announcer(page)).not.toHaveText(first ?? "");
  const reached = (await announcer(page).textContent())?.split(",")[0] ?? "";
  expect(graph.nodes.map((n) => n.label)).toContain(reached);

  await page.keyboard.press("Enter");
  const panel = details(page);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(reached);
  await expect(announcer(page)).toContainText(`Selected ${reached}`);

  // Into the details, to a passage, and into the article.
  await pressUntilFocused(
    page,
    "Shift+Tab",
    page.getByRole("link", { name: "Skip to the details" }),
  );
  await page.keyboard.press("Enter");
  await expect(panel).toBeFocused();
  const read = panel.getByRole("button", { name: /^Read in the article, paragraph \d+$/ }).first();
  await pressUntilFocused(page, "Tab", read);
  await page.keyboard.press("Enter");
  await expect(article(page).locator('[aria-current="true"]')).toBeVisible();

  // A topic filter, from the skip link to the filters.
  const skipToFilters = page.getByRole("link", { name: "Skip to the filters" });
  await pressUntilFocused(page, "Shift+Tab", skipToFilters);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Trade" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/topics=trade/);

  // And the link, from the header.
  const copy = page.getByRole("button", { name: "Copy link" });
  await pressUntilFocused(page, "Shift+Tab", copy);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("zoom and fit keys change the view; Escape clears the selection", async ({ page }) => {
  await openExplorer(page, "?node=iran");
  const canvas = page.getByRole("application", { name: "Graph canvas" });
  await canvas.focus();
  const zoom = () => page.evaluate(() => window.__explorer?.zoom() ?? 0);
  await page.keyboard.press("0");
  const fitted = await zoom();
  await page.keyboard.press("+");
  expect(await zoom()).toBeGreaterThan(fitted);
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  expect(await zoom()).toBeLessThan(fitted);
  await page.keyboard.press("0");
  expect(await zoom()).toBeCloseTo(fitted, 5);
  // The ring starts on the selection.
  await expect(announcer(page)).toContainText("Iran, state");
  await page.keyboard.press("Escape");
  await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
  await expect(announcer(page)).toHaveText("Selection cleared.");
});

test("the graph as a list follows the filters and selects like the canvas", async ({ page }) => {
  await openExplorer(page, "?topics=visas");
  const list = page.getByRole("region", { name: "The graph as a list" });
  await list.getByRole("heading", { name: /The graph as a list/ }).click();
  await expect(list.getByRole("heading", { name: /^Topics \(1\)$/ })).toBeVisible();
  await expect(list.getByRole("button", { name: "Visas", exact: true })).toBeVisible();
  await expect(list.getByRole("button", { name: "Hungary", exact: true })).toHaveCount(0);
  await list.getByRole("button", { name: "Ebrahim Raisi", exact: true }).click();
  await expect(details(page).getByRole("heading", { name: "Ebrahim Raisi" })).toBeVisible();
  await expect(list.getByRole("button", { name: "Ebrahim Raisi", exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
});
