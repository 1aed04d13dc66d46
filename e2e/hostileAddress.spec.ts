import { expect, test } from "@playwright/test";
import { clickNode, details, graph, openExplorer, visibleNodes } from "./explorerPage";
import { expectNotices, linkNotice, noticesFor } from "./linkNotices";
import { watchForTrouble } from "./watchForTrouble";

test.describe("a hostile address: the app ignores what it cannot use and says so once", () => {
  test("unknown ids: one notice lists them, the rest of the link applies", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    const search = "?edge=no.such.edge&focus=atlantis&topics=trade,weather&passage=s999";
    await openExplorer(page, search);
    await expectNotices(page, search);
    expect(noticesFor(search)).toHaveLength(4);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await expect(page).toHaveURL(/\?edge=no\.such\.edge&focus=atlantis&topics=trade,weather/);
    await nothingRan();
  });

  test("repeated parameters: the first applies, said once, and not again on the next step", async ({
    page,
  }) => {
    const nothingRan = watchForTrouble(page);
    const search = "?node=tokayev&node=raisi&topics=trade&topics=visas";
    await openExplorer(page, search);
    await expect(
      details(page).getByRole("heading", { name: "Kassym-Jomart Tokayev" }),
    ).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Visas" })).not.toBeChecked();
    await expectNotices(page, search);

    await clickNode(page, "kazakhstan");
    await expect(details(page).getByRole("heading", { name: "Kazakhstan" })).toBeVisible();
    await expect(linkNotice(page)).toHaveCount(1);
    await expect(linkNotice(page).getByRole("listitem")).toHaveCount(1);
    await nothingRan();
  });

  test("empty parameters: ignored without a word, the whole graph shows", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    await openExplorer(page, "?node=&edge=&topics=,,&hide=&focus=&depth=&from=&to=&passage=&");
    await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
    expect(await visibleNodes(page)).toHaveLength(graph.nodes.length);
    await expect(linkNotice(page)).toHaveCount(0);
    await nothingRan();
  });

  test("very long values: ignored or cut, said in a few short lines", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    const many = Array.from({ length: 60 }, (_, i) => `t${i}`).join(",");
    const search = `?node=${"a".repeat(5_000)}&topics=trade,${many}&hide=place`;
    await openExplorer(page, search);
    await expectNotices(page, search);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    expect(await visibleNodes(page)).not.toContain("new-york");
    expect((await linkNotice(page).innerText()).length).toBeLessThan(400);
    await nothingRan();
  });

  test("markup and script in values: shown as text, short, and nothing runs", async ({ page }) => {
    const nothingRan = watchForTrouble(page);
    const img = `<img src=x onerror="window.__pwned=1">`;
    const script = `<script>window.__pwned=1</script>`;
    const search =
      `?node=${encodeURIComponent(img)}&edge=${encodeURIComponent(script.repeat(5))}` +
      `&hide=${encodeURIComponent("<b>place</b>")}&topics=trade`;
    await openExplorer(page, search);
    await expectNotices(page, search);
    await expect(linkNotice(page)).toContainText(img);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await nothingRan();
  });

  test("odd Unicode: bidi overrides and controls written out, NFC, the rest applies", async ({
    page,
  }) => {
    const nothingRan = watchForTrouble(page);
    const search =
      "?node=%E2%80%AEiasiar%E2%80%AC&edge=%00%1B%5B31m" +
      `&focus=${encodeURIComponent("Z\u0334\u0321\u0327\u0334\u0321a 👨‍👩‍👧")}` +
      "&passage=s3%CC%81&topics=trade";
    await openExplorer(page, search);
    await expectNotices(page, search);
    for (const text of await linkNotice(page).getByRole("listitem").allTextContents()) {
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
    }
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    await nothingRan();
  });
});
