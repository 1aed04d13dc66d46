import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { clickNode, details, heading, openExplorer, ready, visibleNodes } from "./explorerPage";
import { chooseFiles, e2eFixture, openDialog } from "./openFiles";
import { watchForTrouble } from "./watchForTrouble";

/** Four outlets' readouts of the same meetings (e2e/fixtures/corpus), written for these tests. */
const CORPUS = e2eFixture("corpus");
const corpusFiles = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const corpusFile = (start: string) =>
  join(CORPUS, corpusFiles.find((f) => f.startsWith(start)) ?? start);

/** Selects the meeting with Iran and reads which outlets its passages come from. */
async function outletsOfTheMeetingWithIran(page: Page) {
  await clickNode(page, "meeting-iran");
  const panel = details(page);
  await expect(panel.getByRole("heading", { name: /Tokayev–Raisi meeting/ })).toBeVisible();
  return panel;
}

test.describe("Merge: several outlets' readouts make one graph", () => {
  test("the corpus opened together shows one meeting, cited from every outlet that reports it", async ({
    page,
  }) => {
    const check = watchForTrouble(page);
    await openExplorer(page);
    await chooseFiles(
      page,
      corpusFiles.map((f) => join(CORPUS, f)),
    );
    await expect(heading(page)).toHaveText("4 articles");
    await ready(page);
    const nodes = await visibleNodes(page);
    expect(nodes).toEqual(
      expect.arrayContaining(["meeting-iran", "meeting-turkiye", "meeting-azerbaijan", "tokayev"]),
    );
    // Tokaev (Kazinform) and Tokayev are one person; IRNA's meeting with Kazakhstan is the same meeting.
    expect(nodes).not.toContain("tokaev");
    expect(nodes).not.toContain("meeting-kazakhstan");
    const meeting = await outletsOfTheMeetingWithIran(page);
    for (const outlet of ["Akorda press service", "IRNA", "Kazinform"])
      await expect(meeting.getByText(new RegExp(`^${outlet} · paragraph`)).first()).toBeVisible();
    await check();
  });

  test("a folder chosen with Open folder… opens its articles and names what it skipped", async ({
    page,
  }) => {
    const folder = join(mkdtempSync(join(tmpdir(), "chosen-")), "week");
    cpSync(CORPUS, folder, { recursive: true });
    writeFileSync(join(folder, "photo.jpg"), "not an article");
    await openExplorer(page);
    await chooseFiles(page, [folder], "Open folder…");
    await expect(heading(page)).toHaveText("4 articles");
    await ready(page);
    await expect(page.getByRole("status").filter({ hasText: "Opened “4 articles”" })).toContainText(
      "Skipped 1 file that is not an article (.txt, .md or .html): “week/photo.jpg”.",
    );
    expect(await visibleNodes(page)).toContain("meeting-iran");
  });

  test("a folder dropped on the page opens its articles", async ({ page }) => {
    const folder = mkdtempSync(join(tmpdir(), "dropped-"));
    cpSync(CORPUS, join(folder, "corpus"), { recursive: true });
    await openExplorer(page);
    // A real drag from the desktop, through the browser's own input pipeline: the page sees a folder.
    const cdp = await page.context().newCDPSession(page);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    const at = { x: (box?.x ?? 0) + 200, y: (box?.y ?? 0) + 200 };
    const data = { items: [], files: [join(folder, "corpus")], dragOperationsMask: 1 };
    for (const type of ["dragEnter", "dragOver", "drop"] as const)
      await cdp.send("Input.dispatchDragEvent", { type, ...at, data });
    await expect(heading(page)).toHaveText("4 articles");
    await ready(page);
    expect(await visibleNodes(page)).toContain("meeting-iran");
  });

  test("a pasted article is added to the graph on screen, and the combined set survives a reload", async ({
    page,
  }) => {
    const check = watchForTrouble(page);
    await openExplorer(page);
    await chooseFiles(page, [corpusFile("akorda"), corpusFile("irna"), corpusFile("trend")]);
    await expect(heading(page)).toHaveText("3 articles");
    await ready(page);

    const dialog = await openDialog(page);
    await dialog.getByRole("radio", { name: "Add to this graph" }).check();
    await dialog.getByLabel("Paste an article").fill(readFileSync(corpusFile("kazinform"), "utf8"));
    await dialog.getByRole("button", { name: "Add the pasted text" }).click();
    await expect(heading(page)).toHaveText("4 articles");
    // The graph added to is a step back, never replaced.
    await page.goBack();
    await expect(heading(page)).toHaveText("3 articles");
    await page.goForward();
    await expect(heading(page)).toHaveText("4 articles");
    await ready(page);
    expect(await visibleNodes(page)).not.toContain("tokaev");
    const meeting = await outletsOfTheMeetingWithIran(page);
    await expect(meeting.getByText(/^Kazinform · paragraph/).first()).toBeVisible();

    await page.reload();
    await expect(heading(page)).toHaveText("4 articles");
    await ready(page);
    const recent = await openDialog(page);
    await expect(recent.getByRole("button", { name: "4 articles", exact: true })).toBeVisible();
    await check();
  });
});
