import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import type { VisibleSet } from "../src/model/explore/filter";
import { filteredElements } from "../src/model/explore/shownElements";
import { GraphSchema, type Graph } from "../src/model/graph/schema";
import { filtersOf } from "../src/app/state/filterSlice";
import { VIEW_DEFAULTS } from "../src/app/view/parameters";

/** The graph file the app is built with, read the way the app reads it. */
export const graph = GraphSchema.parse(
  JSON.parse(readFileSync(new URL("../data/graph.json", import.meta.url), "utf8")),
);

/** Waits for the canvas to say it has drawn the graph on screen in full. */
export const ready = (page: Page) =>
  expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");

/** The page's heading: the title of the graph on screen. */
export const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Opens the explorer (optionally at a permalink) and waits for the canvas's first full frame. */
export async function openExplorer(page: Page, search = ""): Promise<void> {
  await page.goto(`/${search}`);
  await ready(page);
}

/** The address of a graph file the tests serve beside the build (see scripts/stageTestGraphs.ts). */
export const testGraph = (file: string) => `test-graphs/${file}`;

/**
 * What a large graph's spotlight draws above its veil when `id` is selected: the node, its
 * relations and their other ends; the rest of the graph is under the veil.
 */
export function spotlightOf(
  graph: Graph,
  id: string,
): { relations: number; lit: number; veiled: number } {
  const relations = graph.edges.filter((e) => e.source === id || e.target === id);
  const ends = new Set([id, ...relations.flatMap((e) => [e.source, e.target])]);
  const lit = ends.size + relations.length;
  return {
    relations: relations.length,
    lit,
    veiled: graph.nodes.length + graph.edges.length - lit,
  };
}

/** What the model's filter keeps of a graph with this one topic chosen and nothing else narrowed. */
export function keptByTopic(graph: Graph, topic: string): VisibleSet {
  return filteredElements(graph, {
    ...filtersOf(VIEW_DEFAULTS),
    topics: [topic],
    focus: null,
    depth: 1,
  });
}

/** A fixture's text, as the tests serve it. */
export const fixture = (file: string) =>
  readFileSync(new URL(`../src/model/graph/fixtures/${file}`, import.meta.url), "utf8");

/** Where a point drawn on the canvas is on the page, scrolling the canvas into view first. */
export async function canvasPoint(page: Page, point: { x: number; y: number } | null) {
  if (!point) throw new Error("that element is not on the canvas");
  const canvas = page.getByTestId("graph-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("the canvas is not laid out");
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * Clicks a point of the canvas (px from its corner). Playwright places the point when it clicks, not
 * before: a page that scrolls meanwhile (the article opening at its passage, on a phone) would
 * otherwise send the click above the screen.
 */
async function clickCanvasAt(page: Page, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error("that element is not on the canvas");
  await page.getByTestId("graph-canvas").click({ position: point });
}

/** Where a node is drawn once the picture has settled (the same across two frames); fails if it never does. */
async function settledPosition(page: Page, id: string) {
  const settled = await page.evaluate(async (nodeId) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let before = window.__explorer?.nodePosition(nodeId) ?? null;
    for (let i = 0; i < 60; i += 1) {
      await frame();
      await frame();
      const now = window.__explorer?.nodePosition(nodeId) ?? null;
      if (now && before && now.x === before.x && now.y === before.y) return now;
      before = now;
    }
    return null;
  }, id);
  if (!settled) throw new Error(`node ${id} is not drawn, or never stops moving`);
  return settled;
}

/** Clicks a node where it is drawn, as a person would: fitting the picture first if it is out of view. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const canvas = page.getByTestId("graph-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  let position = await settledPosition(page, id);
  const inside = (p: { x: number; y: number }) =>
    box !== null && p.x > 10 && p.y > 60 && p.x < box.width - 10 && p.y < box.height - 10;
  if (!inside(position)) {
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Fit" }).click();
    position = await settledPosition(page, id);
  }
  await clickCanvasAt(page, position);
}

/** Clicks the middle of a relation's line, fitting the picture first if it is out of view. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  const middle = () =>
    page.evaluate((edgeId) => window.__explorer?.edgeMidpoint(edgeId) ?? null, id);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  let point = await middle();
  const inside = (p: { x: number; y: number } | null) =>
    p !== null &&
    box !== null &&
    p.x > 10 &&
    p.y > 60 &&
    p.x < box.width - 10 &&
    p.y < box.height - 10;
  if (!inside(point)) {
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Fit" }).click();
    point = await middle();
  }
  await clickCanvasAt(page, point);
}

export async function visibleNodes(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() => window.__explorer?.visibleNodes() ?? []);
  return ids.sort();
}

export function details(page: Page) {
  return page.getByRole("region", { name: "Details" });
}

export function article(page: Page) {
  return page.getByRole("region", { name: "Article" });
}

/**
 * A relation whose line can be clicked without hitting anything else: the one whose middle lies
 * farthest from every node, among the long ones. Any layout has one.
 */
export async function clearEdge(page: Page): Promise<string> {
  return page.evaluate(() => {
    const handle = window.__explorer;
    if (!handle) throw new Error("the canvas has no test handle");
    const nodes = handle.visibleNodes().flatMap((id) => handle.nodePosition(id) ?? []);
    let best = "";
    let room = -1;
    for (const id of handle.visibleEdges()) {
      const mid = handle.edgeMidpoint(id);
      if (!mid) continue;
      const nearest = Math.min(...nodes.map((n) => Math.hypot(n.x - mid.x, n.y - mid.y)));
      if (nearest > room) [best, room] = [id, nearest];
    }
    return best;
  });
}
