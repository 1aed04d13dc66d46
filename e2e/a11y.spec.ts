import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { clickNode, details, openExplorer, testGraph } from "./explorerPage";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (label-in-name among them), and axe's best practice. */
const RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(RULES).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
  );
  expect(found).toEqual([]);
}

test.describe("axe finds nothing", () => {
  test("on the graph view", async ({ page }) => {
    await openExplorer(page);
    await expectNoViolations(page);
  });

  test("with a node selected, then a relation", async ({ page }) => {
    await openExplorer(page);
    await clickNode(page, "tokayev");
    await expect(
      details(page).getByRole("heading", { name: "Kassym-Jomart Tokayev" }),
    ).toBeVisible();
    await expectNoViolations(page);
    await details(page)
      .getByRole("button", { name: "Kassym-Jomart Tokayev is President of Kazakhstan" })
      .click();
    await expect(details(page).locator("blockquote").first()).toBeVisible();
    await expectNoViolations(page);
  });

  test("on the article, a focus and a connection", async ({ page }) => {
    await openExplorer(page, "?node=raisi&focus=raisi&from=orban&to=iran&passage=s18");
    await expect(page.getByRole("region", { name: "Article" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Connection" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("with search suggestions open and the list view open", async ({ page }) => {
    await openExplorer(page, "?topics=trade");
    await page
      .getByRole("region", { name: "The graph as a list" })
      .getByText(/The graph as a list/)
      .click();
    await page.getByRole("combobox", { name: /Search/ }).fill("kaz");
    await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("with a notice about a link", async ({ page }) => {
    await openExplorer(page, "?node=nobody");
    await expect(page.getByText("could not be followed")).toBeVisible();
    await expectNoViolations(page);
  });

  test("on the error state", async ({ page }) => {
    await page.goto(`/?graph=${testGraph("not-json.invalid.json")}`);
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoViolations(page);
  });

  test("on a corpus of two sources, its article panel and source picker open", async ({ page }) => {
    await openExplorer(
      page,
      `?graph=${testGraph("two-sources.valid.json")}&passage=doria-news-2024-04-03.s1`,
    );
    await expect(page.getByRole("combobox", { name: "Source" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("on a merged corpus: where sources differ, the sources and dates filters, in both schemes", async ({
    page,
  }) => {
    await openExplorer(
      page,
      `?graph=${testGraph("corpus-week.json")}&node=meeting-iran&min-sources=2`,
    );
    await expect(page.getByText("Sources differ on the date:")).toBeVisible();
    await page.locator("details.publisher-articles").first().locator("summary").click();
    await expect(page.getByRole("list", { name: /^Meetings per / })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Dark mode" }).click();
    await expectNoViolations(page);
  });

  test("in dark mode, with a node selected and the article open", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openExplorer(page, "?node=raisi&passage=s14&hide-relations=setting");
    await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expectNoViolations(page);
  });

  test("in dark mode on a phone, the filters shown", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, "?topics=trade");
    await page
      .getByRole("navigation", { name: "Panels" })
      .getByRole("button", { name: "Filters" })
      .click();
    await expectNoViolations(page);
  });

  test("embedded, and with the keyboard on the canvas", async ({ page }) => {
    await openExplorer(page, "?embed=1&node=iran");
    await expectNoViolations(page);
    await openExplorer(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("r");
    await expect(page.locator("#canvas-keys")).toBeVisible();
    await expectNoViolations(page);
  });

  test("on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, "?node=hungary&article=open");
    await expectNoViolations(page);
  });
});
