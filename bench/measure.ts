import { gzipSync } from "node:zlib";
import type { Browser, CDPSession, Page, Response } from "@playwright/test";
import type { BenchGraph } from "./graphs";
import { clickTarget, emptySpot, type Box } from "./geometry";
import { panFrames, zoomFrames, type Frames } from "./gestures";
import { longestTask, probe, sleep } from "./probeApi";

export interface Asset {
  file: string;
  type: "script" | "stylesheet";
  raw: number;
  gzip: number;
}

/** An interaction: how long until its result was painted, and the longest task meanwhile. */
export interface Timed {
  ms: number;
  longestTaskMs: number;
}

export interface RunResult {
  drawnMs: number;
  loadLongestTaskMs: number;
  heapMB: number;
  canvas: Box;
  clicked: string | null;
  hover: Timed | null;
  click: Timed | null;
  pan: Frames;
  zoom: Frames;
  toggle: (Timed & { shownBefore: number; shownAfter: number }) | null;
  assets: Asset[];
}

/** The page showed its load failure (role="alert") instead of the graph. */
export interface Refused {
  refused: string;
  afterMs: number;
}

export type RunOutcome = RunResult | Refused;

export function isRefused(run: RunOutcome): run is Refused {
  return "refused" in run;
}

export interface RunOptions {
  url: string;
  graph: BenchGraph;
  probeFile: string;
  collectAssets: boolean;
  gestureMs: number;
  timeoutMs: number;
  /** Told each step as it ends, with the seconds it took. */
  log?: (step: string) => void;
}

export const VIEWPORT = { width: 1440, height: 900 };
/** The largest node of the app's style is 34 px wide, plus its border. */
const NODE_RADIUS = 19;

async function assetOf(response: Response): Promise<Asset | undefined> {
  const type = response.request().resourceType();
  if (type !== "script" && type !== "stylesheet") return undefined;
  const body = await response.body();
  const file = new URL(response.url()).pathname.split("/").slice(-2).join("/");
  return { file, type, raw: body.length, gzip: gzipSync(body).length };
}

/** The JS heap in use now, in MB (the session's Performance domain enabled). */
export async function heapUsedMB(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN) / 2 ** 20;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const used = await heapUsedMB(cdp);
  await cdp.detach();
  return used;
}

/**
 * One fresh page: load the graph, then (in this order) the heap, hover and click on a node, pan,
 * zoom, and toggle a topic filter. Input is real mouse input at the drawn positions.
 */
export async function measureRun(browser: Browser, options: RunOptions): Promise<RunOutcome> {
  const { graph, timeoutMs } = options;
  let stepStart = Date.now();
  const step = (name: string) => {
    options.log?.(`${name} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
    stepStart = Date.now();
  };
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ path: options.probeFile });
    const page = await context.newPage();
    const assets: Promise<Asset | undefined>[] = [];
    if (options.collectAssets) page.on("response", (r) => assets.push(assetOf(r)));

    await page.goto(options.url, { timeout: timeoutMs });
    const canvas = page.getByTestId("graph-canvas");
    const failure = page.getByRole("alert");
    await page
      .locator('[data-testid="graph-canvas"][data-ready="true"]')
      .or(failure)
      .first()
      .waitFor({ timeout: timeoutMs });
    if (await failure.isVisible()) {
      const lines = (await failure.innerText()).split("\n").filter((l) => l.trim() !== "");
      return { refused: lines.slice(0, 2).join(": "), afterMs: await probe.now(page) };
    }
    const drawnMs = (await probe.drawnAt(page)) ?? NaN;
    await probe.settle(page);
    await sleep(300);
    const loadLongestTaskMs = await longestTask(page, 0, drawnMs);
    step("loaded");
    const heap = await heapMB(page);

    const box = await canvas.boundingBox();
    if (!box) throw new Error("the canvas is not laid out");
    const placed = await probe.positions(page);
    const zoom = await probe.zoom(page);

    // Hover, then click: a leader with room around it, so the click cannot land on another node.
    const leaders = new Set(graph.graph.nodes.filter((n) => n.kind === "leader").map((n) => n.id));
    const target = clickTarget(placed, leaders, box);
    let hover: Timed | null = null;
    let click: Timed | null = null;
    if (target) {
      const label = graph.graph.nodes.find((n) => n.id === target.id)?.label ?? "";
      const at = { x: box.x + target.x, y: box.y + target.y };
      const hoverFrom = await probe.now(page);
      await page.mouse.move(at.x, at.y);
      await probe.settle(page);
      const hoverTo = await probe.now(page);
      hover = {
        ms: hoverTo - hoverFrom,
        longestTaskMs: await longestTask(page, hoverFrom, hoverTo),
      };
      await probe.armClick(page, label);
      await page.mouse.click(at.x, at.y);
      const timing = await probe.result(page, timeoutMs);
      if (timing) {
        const longest = await longestTask(page, timing.start, timing.end);
        click = { ms: timing.end - timing.start, longestTaskMs: longest };
      }
    }

    step("hovered and clicked");

    // Pan, then zoom, on empty canvas.
    const spot = emptySpot(placed, graph.graph.edges, NODE_RADIUS * zoom, box);
    const at = { x: box.x + spot.x, y: box.y + spot.y };
    const watched = placed[0]?.id ?? "";
    const pan = await panFrames(page, at, options.gestureMs, watched);
    step("panned");
    const wheel = await zoomFrames(page, options.gestureMs, watched);
    step("zoomed");

    // Toggle the topic filter.
    await probe.armToggle(page);
    const shownBefore = await probe.visibleCount(page);
    // The checkbox named by the topic's label. Found through its <label>, which is what names it:
    // getByRole computes every element's role and name, which takes seconds with thousands of
    // topics and would run while the page is being measured.
    const escaped = graph.topic.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await page
      .locator("label")
      .filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) })
      .locator('input[type="checkbox"]')
      .click({ timeout: timeoutMs });
    const timing = await probe.result(page, timeoutMs);
    let toggle: RunResult["toggle"] = null;
    if (timing) {
      const longest = await longestTask(page, timing.start, timing.end);
      const shownAfter = await probe.visibleCount(page);
      toggle = { ms: timing.end - timing.start, longestTaskMs: longest, shownBefore, shownAfter };
    }

    step("toggled");
    return {
      drawnMs,
      loadLongestTaskMs,
      heapMB: heap,
      canvas: { width: box.width, height: box.height },
      clicked: target?.id ?? null,
      hover,
      click,
      pan,
      zoom: wheel,
      toggle,
      assets: (await Promise.all(assets)).filter((a) => a !== undefined),
    };
  } finally {
    await context.close();
  }
}
