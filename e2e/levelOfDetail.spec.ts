import { expect, test, type Page } from "@playwright/test";
import { generateGraph, mostDiscussedTopic } from "../bench/graphs";
import { details, keptByTopic, spotlightOf, testGraph } from "./explorerPage";

/** The graph the test server stages as placed-5000 (scripts/stageTestGraphs.ts): same seed, same graph. */
const { graph } = generateGraph(5000);
const drawnRelations = (page: Page) =>
  page.evaluate(() => window.__explorer?.visibleEdges().length ?? -1);
const zoom = (page: Page) => page.evaluate(() => window.__explorer?.zoom() ?? 0);

test("a graph of 5,000 nodes draws its relations only zoomed in, and still selects and reads", async ({
  page,
}) => {
  // Drawing 5,000 nodes on two busy cores takes a while; nothing here measures time.
  test.setTimeout(300_000);
  await page.goto(`/?graph=${testGraph("placed-5000.valid.json")}`);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", {
    timeout: 180_000,
  });
  // The overview: every node, no relation.
  expect(await page.evaluate(() => window.__explorer?.visibleNodes().length)).toBe(
    graph.nodes.length,
  );
  expect(await zoom(page)).toBeLessThan(0.35);
  expect(await drawnRelations(page)).toBe(0);

  // Selecting still shows the passages, and the spotlight draws the node's relations.
  await page.getByTestId("graph-canvas").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/node=/);
  const id = new URL(page.url()).searchParams.get("node") ?? "";
  const label = graph.nodes.find((n) => n.id === id)?.label ?? "";
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(label);
  await expect(details(page).locator("blockquote").first()).toBeVisible();
  const expected = spotlightOf(graph, id);
  await expect
    .poll(() => page.evaluate(() => window.__explorer?.spotlitCount() ?? 0))
    .toBe(expected.lit);
  // The camera moved in on the neighbourhood: the relations around it are drawn there too.
  await expect.poll(() => drawnRelations(page)).toBeGreaterThanOrEqual(expected.relations);

  // Back to the whole: the overview draws nodes alone again.
  await page.keyboard.press("Escape");
  await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Fit" }).click();
  await expect.poll(() => zoom(page)).toBeLessThan(0.35);
  await expect.poll(() => drawnRelations(page)).toBe(0);

  // The keyboard's ring goes through the relations of a node even in the overview: the relation
  // it is on is drawn, and moving on to another node lets them go again.
  await page.getByTestId("graph-canvas").focus();
  await page.keyboard.press("r");
  const ringed = await page.evaluate(
    () =>
      window.__explorer
        ?.visibleEdges()
        .find((e) => window.__explorer?.classes(e).includes("keyboard")) ?? null,
  );
  expect(ringed).not.toBeNull();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => drawnRelations(page)).toBe(0);

  // A topic filter leaves few nodes: all their relations are drawn, whatever the zoom and wherever
  // the camera looks (it frames the story's core, and some of what is kept lies off screen).
  const topic = mostDiscussedTopic(graph);
  const kept = keptByTopic(graph, topic.id);
  await page.getByRole("checkbox", { name: topic.label }).check();
  await expect.poll(() => drawnRelations(page)).toBe(kept.edges.size);
});
