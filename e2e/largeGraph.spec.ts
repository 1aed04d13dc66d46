import { expect, test, type Page } from "@playwright/test";
import { generateGraph, mostDiscussedTopic } from "../bench/graphs";
import { details, openExplorer, keptByTopic, spotlightOf, testGraph } from "./explorerPage";

const veiled = (page: Page) => page.evaluate(() => window.__explorer?.fadedCount() ?? 0);
const spotlit = (page: Page) => page.evaluate(() => window.__explorer?.spotlitCount() ?? 0);
/** The graph the test server stages as placed-1000 (scripts/stageTestGraphs.ts): same seed, same graph. */
const { graph } = generateGraph(1000);

test("a large graph dims around what is looked at with a spotlight, and lifts it on Escape", async ({
  page,
}) => {
  await openExplorer(page, `?graph=${testGraph("placed-1000.valid.json")}`);
  const spotlight = page.locator(".spotlight");
  await expect(spotlight).toBeHidden();
  expect(await veiled(page)).toBe(0);

  // The keyboard ring starts on a node; Enter selects it.
  await page.getByTestId("graph-canvas").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/node=/);
  await expect(details(page).getByRole("heading", { level: 2 })).not.toHaveText("Nothing selected");
  await expect(spotlight).toBeVisible();
  // The node, its relations and their other ends are drawn above the veil; all the rest is under it.
  const id = new URL(page.url()).searchParams.get("node") ?? "";
  const expected = spotlightOf(graph, id);
  expect(await spotlit(page)).toBe(expected.lit);
  expect(await veiled(page)).toBe(expected.veiled);

  await page.keyboard.press("Escape");
  await expect(spotlight).toBeHidden();
  expect(await veiled(page)).toBe(0);
});

test("a topic filter on a large graph leaves exactly what it keeps, and lifting it brings all back", async ({
  page,
}) => {
  await openExplorer(page, `?graph=${testGraph("placed-1000.valid.json")}`);
  const shown = () =>
    page.evaluate(() => ({
      nodes: window.__explorer?.visibleNodes().sort() ?? [],
      edges: window.__explorer?.visibleEdges().sort() ?? [],
    }));
  const everything = {
    nodes: graph.nodes.map((n) => n.id).sort(),
    edges: graph.edges.map((e) => e.id).sort(),
  };
  expect(await shown()).toEqual(everything);

  // The topic most meetings discuss: what the model's filter keeps is what the canvas draws.
  const topic = mostDiscussedTopic(graph);
  const kept = keptByTopic(graph, topic.id);
  expect(kept.nodes.size).toBeLessThan(graph.nodes.length / 2);
  await page.getByRole("checkbox", { name: topic.label }).check();
  await expect
    .poll(shown)
    .toEqual({ nodes: [...kept.nodes].sort(), edges: [...kept.edges].sort() });

  await page.getByRole("checkbox", { name: topic.label }).uncheck();
  await expect.poll(shown).toEqual(everything);
});
