import { expect, test } from "@playwright/test";
import {
  article,
  clearEdge,
  clickEdge,
  clickNode,
  details,
  graph,
  openExplorer,
  visibleNodes,
} from "./explorerPage";
import { expectNotices, linkNotice } from "./linkNotices";
import { relationText } from "../src/model/graph/relationSentence";

test.describe("the explorer", () => {
  test("draws the whole graph and names the canvas by what it shows", async ({ page }) => {
    await openExplorer(page);
    expect(await visibleNodes(page)).toHaveLength(graph.nodes.length);
    await expect(
      page.getByRole("region", {
        name: `Graph: ${graph.nodes.length} nodes, ${graph.edges.length} relations shown`,
      }),
    ).toBeVisible();
    await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
  });

  test("clicking Tokayev shows his passages, and a relation shows its sentences", async ({
    page,
  }) => {
    await openExplorer(page);
    await clickNode(page, "tokayev");

    const panel = details(page);
    await expect(panel.getByRole("heading", { name: "Kassym-Jomart Tokayev" })).toBeVisible();
    await expect(panel).toContainText("Leader · President of Kazakhstan");
    await expect(page).toHaveURL(/\?node=tokayev$/);
    const marks = panel.locator("blockquote mark.mention");
    await expect(marks.first()).toHaveText("Kassym-Jomart Tokayev");
    await expect(marks).toHaveCount(
      graph.nodes.find((n) => n.id === "tokayev")?.mentions.length ?? -1,
    );
    await expect(panel.getByText("Paragraph 1", { exact: true })).toBeVisible();

    await panel
      .getByRole("button", {
        name: "Kassym-Jomart Tokayev takes part in the Tokayev–Pirc Musar meeting",
      })
      .click();
    await expect(page).toHaveURL(/\?edge=tokayev\.participates_in\.meeting-slovenia$/);
    await expect(panel.getByRole("heading", { name: /Tokayev–Pirc Musar meeting/ })).toBeVisible();
    const sentences = panel.locator("blockquote");
    await expect(
      sentences.filter({ hasText: "The key focus of the meeting with Slovenia’s President" }),
    ).toBeVisible();
    // Both ends are marked: Tokayev (through Kazakh-Slovenian) and the meeting word.
    await expect(panel.locator("mark.target").first()).toBeVisible();
  });

  test("clicking a relation's line on the canvas selects it; empty canvas and Escape clear", async ({
    page,
  }) => {
    await openExplorer(page);
    const id = await clearEdge(page);
    const relation = graph.edges.find((e) => e.id === id);
    if (!relation) throw new Error(`no relation ${id}`);
    await clickEdge(page, id);
    const panel = details(page);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
      relationText(relation, (n) => graph.nodes.find((x) => x.id === n)),
    );
    await expect(page).toHaveURL(new RegExp(`\\?edge=${id.replace(/\./g, "\\.")}$`));
    await expect(panel.locator("blockquote").first()).toContainText(
      relation.evidence[0]?.exact ?? "",
    );

    const box = await page.getByTestId("graph-canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    await page.mouse.click(box.x + 5, box.y + 5);
    await expect(panel.getByRole("heading", { name: "Nothing selected" })).toBeVisible();

    await clickNode(page, "iran");
    await expect(panel.getByRole("heading", { name: "Iran" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel.getByRole("heading", { name: "Nothing selected" })).toBeVisible();
  });

  test("choosing logistics keeps only what is tied to logistics, and clearing brings back all", async ({
    page,
  }) => {
    await openExplorer(page);
    await page.getByRole("checkbox", { name: "Logistics" }).check();
    await expect(page).toHaveURL(/\?topics=logistics$/);
    // The two meetings whose sentences raise logistics, their participants and their states.
    const expected = [
      "iran",
      "kazakhstan",
      "logistics",
      "meeting-iran",
      "meeting-slovenia",
      "pirc-musar",
      "raisi",
      "slovenia",
      "tokayev",
    ];
    await expect.poll(() => visibleNodes(page)).toEqual(expected);
    await expect(
      page.getByRole("region", { name: /^Graph: 9 nodes, \d+ relations shown$/ }),
    ).toBeVisible();

    await page.getByRole("checkbox", { name: "Trade" }).check();
    await expect(page).toHaveURL(/\?topics=logistics,trade$/);
    expect(await visibleNodes(page)).toContain("meeting-hungary");

    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(async () => (await visibleNodes(page)).length).toBe(graph.nodes.length);
    await expect(page.getByRole("checkbox", { name: "Logistics" })).not.toBeChecked();
  });

  test("hiding a kind removes its nodes and their relations", async ({ page }) => {
    await openExplorer(page);
    await page.getByRole("checkbox", { name: "Topics" }).uncheck();
    await expect(page).toHaveURL(/\?hide=topic$/);
    const shown = await visibleNodes(page);
    expect(shown).not.toContain("logistics");
    expect(shown).toHaveLength(graph.nodes.filter((n) => n.kind !== "topic").length);
  });

  test("a permalink restores the selection, the topics and the passage; back and forward walk", async ({
    page,
  }) => {
    await openExplorer(page, "?node=raisi&topics=visas&passage=s18");
    await expect(details(page).getByRole("heading", { name: "Ebrahim Raisi" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Visas" })).toBeChecked();
    const reading = article(page).locator('[aria-current="true"]');
    await expect(reading).toContainText("We have reached agreements on the visa procedure");
    await expect(reading).toBeInViewport();
    expect(await visibleNodes(page)).toContain("meeting-iran");
    expect(await visibleNodes(page)).not.toContain("meeting-hungary");

    await clickNode(page, "meeting-iran");
    await expect(page).toHaveURL(/node=meeting-iran/);
    await expect(
      details(page).getByRole("heading", { name: "Tokayev–Raisi meeting" }),
    ).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?node=raisi&topics=visas&passage=s18$/);
    await expect(details(page).getByRole("heading", { name: "Ebrahim Raisi" })).toBeVisible();
    await page.goForward();
    await expect(
      details(page).getByRole("heading", { name: "Tokayev–Raisi meeting" }),
    ).toBeVisible();
  });

  test("reading a passage in the article highlights it and puts it in the link", async ({
    page,
  }) => {
    await openExplorer(page, "?node=petofi");
    await details(page).getByRole("button", { name: "Read in the article, paragraph 3" }).click();
    await expect(page).toHaveURL(/\?node=petofi&passage=akorda-2023-09-19\.s4$/);
    const reading = article(page).locator('[aria-current="true"]');
    await expect(reading).toContainText("Sándor Petőfi");
    await expect(reading).toBeInViewport();
    await article(page).getByRole("button", { name: "Close the article" }).click();
    await expect(article(page)).toHaveCount(0);
  });

  test("an unknown id gets a polite notice and the rest of the link applies", async ({ page }) => {
    await openExplorer(page, "?node=nobody&topics=trade,weather");
    await expectNotices(page, "?node=nobody&topics=trade,weather");
    const notice = linkNotice(page);
    await expect(page.getByRole("checkbox", { name: "Trade" })).toBeChecked();
    // The link is left as it was given.
    await expect(page).toHaveURL(/\?node=nobody&topics=trade,weather$/);
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByText("could not be followed")).toHaveCount(0);
  });

  test("Copy link copies the address and says so", async ({ page }) => {
    await openExplorer(page, "?topics=culture");
    await clickNode(page, "hungary");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe("?node=hungary&topics=culture");
  });
});

test.describe("what the canvas marks", () => {
  const classes = (page: import("@playwright/test").Page, id: string) =>
    page.evaluate((x) => window.__explorer?.classes(x) ?? [], id);

  test("hovering a node lights its neighbourhood and dims the rest, and leaving undoes it", async ({
    page,
  }) => {
    await openExplorer(page);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    const at = await page.evaluate(() => window.__explorer?.nodePosition("karis") ?? null);
    if (!box || !at) throw new Error("no canvas");
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => classes(page, "turkmenistan")).toContain("dim");
    expect(await classes(page, "karis.heads.estonia")).toContain("lit");
    expect(await classes(page, "estonia")).not.toContain("dim");

    await page.mouse.move(box.x + 3, box.y + 3);
    await expect.poll(() => classes(page, "turkmenistan")).not.toContain("dim");
    expect(await classes(page, "karis.heads.estonia")).not.toContain("lit");
  });

  test("a new selection takes the marks from the old one", async ({ page }) => {
    await openExplorer(page, "?node=raisi");
    expect(await classes(page, "raisi")).toContain("selected");
    expect(await classes(page, "raisi.heads.iran")).toContain("neighbour");
    await clickNode(page, "karis");
    await expect.poll(() => classes(page, "karis")).toContain("selected");
    expect(await classes(page, "raisi")).not.toContain("selected");
    expect(await classes(page, "raisi.heads.iran")).not.toContain("neighbour");
    await page.goto("/?edge=raisi.heads.iran");
    await expect.poll(() => classes(page, "raisi")).toContain("end");
    await page.keyboard.press("Escape");
    await expect.poll(() => classes(page, "raisi")).not.toContain("end");
  });
});
