import { expect, test, type Page } from "@playwright/test";
import { GraphFileSchema } from "../src/model/graph/graphFile";
import { storyLayout } from "../src/model/layout/storyLayout";
import { runLayout } from "../src/model/layout/layout";
import { article, clickNode, details, fixture, openExplorer, testGraph } from "./explorerPage";
import { expectNotices } from "./linkNotices";

const TWO_SOURCES = `?graph=${testGraph("two-sources.valid.json")}`;

/** Where the canvas draws every node, in pixels. */
async function drawnPositions(page: Page, ids: readonly string[]) {
  return page.evaluate((all) => all.map((id) => window.__explorer?.nodePosition(id) ?? null), ids);
}

/**
 * The picture on the canvas is the shared layout module's story layout (the default for a graph
 * without positions), for the same seed: every node is drawn at
 * zoom × its laid-out position + one pan, whatever the screen.
 */
async function expectLaidOutAsTheModelDoes(page: Page, file: string) {
  const graph = GraphFileSchema.parse(JSON.parse(fixture(file)));
  const expected = runLayout(graph, storyLayout);
  const ids = graph.nodes.map((n) => n.id);
  const drawn = await drawnPositions(page, ids);
  const zoom = await page.evaluate(() => window.__explorer?.zoom() ?? 0);
  const [first] = ids;
  const origin = drawn[0];
  const model = first ? expected.get(first) : undefined;
  if (!origin || !model) throw new Error("no node drawn");
  ids.forEach((id, i) => {
    const at = drawn[i];
    const p = expected.get(id);
    if (!at || !p) throw new Error(`${id} is not drawn`);
    expect(at.x).toBeCloseTo(origin.x + zoom * (p.x - model.x), 0);
    expect(at.y).toBeCloseTo(origin.y + zoom * (p.y - model.y), 0);
  });
  expect(new Set(drawn.map((p) => `${p?.x},${p?.y}`)).size).toBe(ids.length);
}

test.describe("?graph= opens the graph it names", () => {
  test("a corpus of two sources: its title, its sources, laid out in the browser", async ({
    page,
  }) => {
    await openExplorer(page, TWO_SOURCES);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Solak and Varga in Lisbon, as two outlets report it",
    );
    await expect(page).toHaveTitle(/^Solak and Varga in Lisbon, as two outlets report it · /);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      /“Solak and Varga in Lisbon, as two outlets report it”: 9 nodes and 9 relations/,
    );
    await expect(
      page.getByText("2 sources from 2 publishers, 2024-04-02 to 2024-04-03"),
    ).toBeVisible();
    await expectLaidOutAsTheModelDoes(page, "two-sources.valid.json");

    await clickNode(page, "varga");
    const panel = details(page);
    await expect(panel.getByRole("heading", { name: "Ilse Varga" })).toBeVisible();
    await expect(panel.getByText("Doria News Agency · paragraph 1")).toBeVisible();
    await panel
      .getByRole("button", { name: "Ilse Varga takes part in the Solak–Varga meeting · 2 sources" })
      .click();
    await expect(panel.getByRole("heading", { level: 3, name: "Stated in (2)" })).toBeVisible();
    await expect(panel.getByText("Stated by 2 of 2 sources:")).toBeVisible();

    // The article panel reads one source at a time; reading a sentence brings its own.
    await panel
      .getByRole("button", { name: /in the article/ })
      .last()
      .click();
    const text = article(page);
    await expect(text.getByRole("combobox", { name: "Source" })).toHaveValue(
      "doria-news-2024-04-03",
    );
    await expect(text.locator('[aria-current="true"]')).toContainText("held talks with");
    await text
      .getByRole("combobox", { name: "Source" })
      .selectOption({ label: "Solak meets Varga in Lisbon (Arvelian presidential press office)" });
    await expect(text).toContainText("Solak invited Varga to visit Arvelia.");
    await expect(text.getByRole("link", { name: "Original" })).toHaveAttribute(
      "href",
      "https://press.example/arvelia/solak-varga",
    );
    // The link keeps the graph it is about.
    expect(new URL(page.url()).searchParams.get("graph")).toBe(testGraph("two-sources.valid.json"));
  });

  test("a version 1 file opens as a graph of one source, its old passage links intact", async ({
    page,
  }) => {
    await openExplorer(page, `?graph=${testGraph("tiny.valid.json")}&passage=s2`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tokayev met Raisi in New York.",
    );
    await expect(page.getByText("Published 2023-09-19 · 5 nodes, 4 relations")).toBeVisible();
    await expect(details(page).getByRole("heading", { name: "Sentence 2" })).toBeVisible();
    await expect(article(page).locator('[aria-current="true"]')).toHaveText(
      /They discussed trade\./,
    );
  });

  test("a graph of 400 nodes without positions is laid out in a worker, as the model lays it out", async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await openExplorer(page, `?graph=${testGraph("unplaced-400.valid.json")}`);
    const ids = await page.evaluate(() => window.__explorer?.visibleNodes() ?? []);
    expect(ids).toHaveLength(400);
    const drawn = await drawnPositions(page, ids);
    expect(new Set(drawn.map((p) => `${p?.x},${p?.y}`)).size).toBeGreaterThan(390);
    // The worker ran under the Content-Security-Policy without a complaint.
    expect(problems).toEqual([]);
  });

  test("the link's other parameters are read against the graph it names", async ({ page }) => {
    const search = `${TWO_SOURCES}&node=tokayev&topics=energy`;
    await openExplorer(page, search);
    await expectNotices(
      page,
      search,
      GraphFileSchema.parse(JSON.parse(fixture("two-sources.valid.json"))),
    );
    await expect(page.getByRole("checkbox", { name: "Energy" })).toBeChecked();
    await clickNode(page, "solak");
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`${TWO_SOURCES}&node=solak&topics=energy`);
  });

  test("going to another graph starts afresh, and back and forward walk between graphs", async ({
    page,
  }) => {
    await page.goto(`/?graph=${testGraph("no-such-graph.json")}&node=varga`);
    await page.getByRole("alert").getByRole("link", { name: "Open the default graph" }).click();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
    await clickNode(page, "tokayev");
    await expect(page).toHaveURL(/\/\?node=tokayev$/);

    await page.goBack();
    await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("alert")).toContainText("HTTP 404");
    await page.goForward();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await expect(details(page).getByRole("heading", { name: "Nothing selected" })).toBeVisible();
    await page.goForward();
    await expect(
      details(page).getByRole("heading", { name: "Kassym-Jomart Tokayev" }),
    ).toBeVisible();
  });
});
