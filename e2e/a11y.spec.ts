import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { clickNode, details, openExplorer, testGraph } from "./explorerPage";

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
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

  test("on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, "?node=hungary&article=open");
    await expectNoViolations(page);
  });
});
