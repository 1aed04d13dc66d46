import { expect, test } from "@playwright/test";
import { article, clickEdge, clickNode, details, openExplorer, testGraph } from "./explorerPage";
import { watchForTrouble } from "./watchForTrouble";

const HOSTILE = `?graph=${testGraph("hostile-text.valid.json")}`;
const IMG = `<img src=x onerror="window.__pwned=1">`;
const SCRIPT = "<script>window.__pwned=1</script>";

test.describe("hostile text in the graph shows as text, never as HTML", () => {
  test("labels, roles and passages in the Details panel", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(page, HOSTILE);
    await clickNode(page, "tokayev");
    const panel = details(page);
    await expect(panel.getByRole("heading", { name: IMG })).toBeVisible();
    await expect(panel).toContainText(SCRIPT);
    await expect(panel.locator("blockquote").first()).toContainText(
      `Tokayev ${IMG} met Raisi${SCRIPT} in New York.`,
    );
    await expect(panel.locator("mark.mention").getByText(IMG, { exact: true })).toBeVisible();

    await clickNode(page, "zalgo");
    await expect(panel.getByRole("heading", { level: 2 })).toContainText("👨‍👩‍👧 🇰🇿");

    await clickEdge(page, "tokayev.participates_in.meeting-iran");
    await expect(panel).toContainText(`<u onmouseover="window.__pwned=1">takes part in</u>`);
    await nothingRan();
  });

  test("the article and the search box", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(page, `${HOSTILE}&article=open`);
    const text = article(page);
    await expect(text).toContainText(`Tokayev ${IMG} met Raisi${SCRIPT} in New York.`);
    await expect(text).toContainText(`They discussed <b>"trade" & 'logistics'</b> via javascript:`);
    await text.getByRole("link", { name: `Raisi${SCRIPT}` }).click();
    await expect(details(page).getByRole("heading", { name: `Raisi${SCRIPT}` })).toBeVisible();

    const search = page.getByRole("combobox", { name: /Search/ });
    await search.fill("<script>");
    const options = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
    await expect(options.first()).toBeVisible();
    await expect(options.filter({ hasText: SCRIPT }).first()).toBeVisible();
    await nothingRan();
  });
});
