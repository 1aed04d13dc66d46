import { expect, test, type Page } from "@playwright/test";
import { clickNode, details, graph, openExplorer, visibleNodes } from "./explorerPage";
import { watchForTrouble } from "./watchForTrouble";

const notice = (page: Page) =>
  page.getByRole("status").filter({ hasText: "could not be followed" });

test.describe("a hostile address: the app ignores what it cannot use and says so once", () => {
  test("unknown ids: one notice lists them, the rest of the link applies", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(page, "?edge=no.such.edge&focus=atlantis&topics=trade,weather&passage=s999");
    await expect(notice(page).getByRole("listitem")).toHaveText([
      "This graph has no relation “no.such.edge”.",
      "This graph has no topic “weather”.",
      "This graph has no node “atlantis” to focus on.",
      "The article has no passage “s999”.",
    ]);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await expect(page).toHaveURL(/\?edge=no\.such\.edge&focus=atlantis&topics=trade,weather/);
    await nothingRan();
  });

  test("repeated parameters: the first applies, said once, and not again on the next step", async ({
    page,
  }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(page, "?node=tokayev&node=raisi&topics=trade&topics=visas");
    await expect(
      details(page).getByRole("heading", { name: "Kassym-Jomart Tokayev" }),
    ).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Visas" })).not.toBeChecked();
    const items = notice(page).getByRole("listitem");
    await expect(items).toHaveText([
      "The link gives “node”, “topics” more than once; the first of each applies.",
    ]);

    await clickNode(page, "kazakhstan");
    await expect(details(page).getByRole("heading", { name: "Kazakhstan" })).toBeVisible();
    await expect(notice(page)).toHaveCount(1);
    await expect(items).toHaveCount(1);
    await nothingRan();
  });

  test("empty parameters: ignored without a word, the whole graph shows", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(page, "?node=&edge=&topics=,,&hide=&focus=&depth=&from=&to=&passage=&");
    await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
    expect(await visibleNodes(page)).toHaveLength(graph.nodes.length);
    await expect(notice(page)).toHaveCount(0);
    await nothingRan();
  });

  test("very long values: ignored or cut, said in a few short lines", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    const many = Array.from({ length: 60 }, (_, i) => `t${i}`).join(",");
    await openExplorer(page, `?node=${"a".repeat(5_000)}&topics=trade,${many}&hide=place`);
    const items = notice(page).getByRole("listitem");
    await expect(items).toHaveText([
      "A node id in the link has 5,000 characters, too many for an id; it is ignored.",
      "The link lists 61 topics; only the first 50 are read.",
      "This graph has no topic “t0”, “t1”, “t2”, “t3”, “t4” and 44 more.",
    ]);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    expect(await visibleNodes(page)).not.toContain("new-york");
    expect((await notice(page).innerText()).length).toBeLessThan(400);
    await nothingRan();
  });

  test("markup and script in values: shown as text, short, and nothing runs", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    const img = `<img src=x onerror="window.__pwned=1">`;
    const script = `<script>window.__pwned=1</script>`;
    await openExplorer(
      page,
      `?node=${encodeURIComponent(img)}&edge=${encodeURIComponent(script.repeat(5))}` +
        `&hide=${encodeURIComponent("<b>place</b>")}&topics=trade`,
    );
    await expect(notice(page).getByRole("listitem")).toHaveText([
      "There is no kind called “<b>place</b>”.",
      `This graph has no node “${img}”.`,
      `This graph has no relation “${script.repeat(5).slice(0, 79)}…”.`,
    ]);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await nothingRan();
  });

  test("odd Unicode: bidi overrides and controls written out, NFC, the rest applies", async ({
    page,
  }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(
      page,
      "?node=%E2%80%AEiasiar%E2%80%AC&edge=%00%1B%5B31m" +
        `&focus=${encodeURIComponent("Z\u0334\u0321\u0327\u0334\u0321a 👨‍👩‍👧")}` +
        "&passage=s3%CC%81&topics=trade",
    );
    const items = notice(page).getByRole("listitem");
    await expect(items).toHaveText([
      "This graph has no node “‹U+202E›iasiar‹U+202C›”.",
      "This graph has no relation “‹U+0000›‹U+001B›[31m”.",
      // NFC puts the overlay marks (class 1) before the cedillas (202); three marks are kept.
      "This graph has no node “Z\u0334\u0334\u0321a 👨‍👩‍👧” to focus on.",
      "The article has no passage “s3\u0301”.",
    ]);
    for (const text of await items.allTextContents()) {
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
    }
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await nothingRan();
  });
});
