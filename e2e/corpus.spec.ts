import { readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { article, clickEdge, details, openExplorer, visibleNodes } from "./explorerPage";
import { chooseFiles, e2eFixture } from "./openFiles";
import { watchForTrouble } from "./watchForTrouble";

/**
 * A week of coverage: four outlets report the same meetings at a forum in Ashgabat (in their own words
 * and spellings, one of them a day later), and a fifth reports a meeting in Astana a week after.
 */
const CORPUS = [
  ...readdirSync(e2eFixture("corpus")).map((name) => e2eFixture(`corpus/${name}`)),
  e2eFixture("corpus-later/kazinform-2024-03-12.txt"),
];
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const drawn = (page: Page) =>
  expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function openCorpus(page: Page) {
  await openExplorer(page);
  await chooseFiles(page, CORPUS);
  await expect(page.getByText(/^5 sources from 4 publishers/)).toBeVisible();
  await drawn(page);
}

test.describe("several articles, one graph: every fact with its sources", () => {
  // Each journey opens the corpus as a reader would, extraction and layout included.
  test.slow();
  test("corroboration: how many sources state a fact shows on the line and in Details, and a filter keeps what enough of them state", async ({
    page,
  }) => {
    const check = watchForTrouble(page);
    await openCorpus(page);

    // Four outlets call Tokayev President of Kazakhstan; only IRNA mentions agriculture.
    const widths = await page.evaluate(() => ({
      four: window.__explorer?.edgeLook("tokayev.heads.kazakhstan")?.width ?? 0,
      one: window.__explorer?.edgeLook("aliyev.heads.azerbaijan")?.width ?? 0,
    }));
    expect(widths.four).toBeGreaterThan(widths.one);
    await clickEdge(page, "tokayev.heads.kazakhstan");
    await expect(details(page).getByText("Stated by 4 of 5 sources:")).toBeVisible();

    const least = filters(page).getByLabel("Stated by at least");
    await least.selectOption("2");
    await expect.poll(() => visibleNodes(page)).not.toContain("agriculture");
    expect(await visibleNodes(page)).toContain("meeting-iran");
    expect(param(page, "min-sources")).toBe("2");

    // The link keeps it: opened again, the same facts are left.
    await page.reload();
    await drawn(page);
    await expect(filters(page).getByLabel("Stated by at least")).toHaveValue("2");
    expect(await visibleNodes(page)).not.toContain("agriculture");
    await check();
  });

  test("disagreement: where outlets differ on a date or a title, both versions stay, each with its sources", async ({
    page,
  }) => {
    await openCorpus(page);
    await page.getByRole("combobox", { name: /Search/ }).fill("Tokayev–Raisi meeting");
    await page
      .getByRole("listbox", { name: "Suggestions" })
      .getByRole("group", { name: "Nodes" })
      .getByRole("option", { name: /Tokayev–Raisi meeting/ })
      .click();
    const panel = details(page);
    await expect(panel.getByText("Sources differ on the date:")).toBeVisible();
    await expect(
      panel.getByRole("listitem").filter({ hasText: /^2024-03-05 according to/ }),
    ).toContainText("Akorda press service");
    await expect(
      panel.getByRole("listitem").filter({ hasText: /^2024-03-06 according to/ }),
    ).toContainText("Kazinform");
  });

  test("sources: a publisher switched off takes what only it states; Details open the article panel on each source of the selection", async ({
    page,
  }) => {
    await openCorpus(page);
    const irna = filters(page).getByRole("checkbox", { name: "IRNA" });
    await irna.uncheck();
    await expect.poll(() => visibleNodes(page)).not.toContain("agriculture");
    expect(param(page, "hide-publishers")).toBe("irna");
    await irna.check();
    await expect.poll(() => visibleNodes(page)).toContain("agriculture");

    await clickEdge(page, "tokayev.heads.kazakhstan");
    await details(page)
      .getByRole("button", { name: /^Kazinform · 2024-03-12/ })
      .click();
    const text = article(page);
    await expect(text.getByRole("combobox", { name: "Source" })).toHaveValue(
      "kazinform-2024-03-12",
    );
    await expect(text.locator('[aria-current="true"]')).toContainText("held talks with");
    // The passage in the link names its source.
    expect(param(page, "passage")).toMatch(/^kazinform-2024-03-12\.s\d+$/);
  });

  test("time: meetings by date, a bar keeps its day and the link says which", async ({ page }) => {
    await openCorpus(page);
    const bars = filters(page).getByRole("list", { name: "Meetings per day" });
    await bars.getByRole("button", { name: /^12 Mar 2024: 1 event$/ }).click();
    expect(param(page, "dates")).toBe("2024-03-12..2024-03-12");
    await expect.poll(() => visibleNodes(page)).not.toContain("meeting-iran");
    expect(await visibleNodes(page)).toContain("mirziyoyev");
    await expect(filters(page).getByLabel("From", { exact: true })).toHaveValue("2024-03-12");

    await filters(page).getByLabel("From", { exact: true }).fill("2024-03-05");
    await filters(page).getByLabel("To", { exact: true }).fill("2024-03-06");
    await expect.poll(() => visibleNodes(page)).toContain("meeting-iran");
    expect(await visibleNodes(page)).not.toContain("mirziyoyev");
    expect(param(page, "dates")).toBe("2024-03-05..2024-03-06");

    await filters(page).getByRole("button", { name: "All dates" }).click();
    await expect.poll(() => visibleNodes(page)).toContain("mirziyoyev");
    expect(param(page, "dates")).toBeNull();
  });
});
