import type { Browser, Page } from "@playwright/test";
import { heapUsedMB, VIEWPORT } from "./measure";
import { median } from "./stats";

export interface CorpusRun {
  /** From the files handed to the Open dialog to the new graph's `graph-drawn` mark. */
  drawnMs: number;
  /** Of which: until the open worker answered (reading, extraction, combining). */
  workerMs: number;
  nodes: number;
  edges: number;
  /** The progress bar's highest value seen while it worked, and its maximum (the file count). */
  progressSeen: { done: number; total: number };
  /** JS heap: the highest sampled while opening (no collection forced), and after a collection once drawn. */
  heapPeakMB: number;
  heapAfterMB: number;
}

export interface CorpusResult {
  files: number;
  kilobytes: number;
  runs: CorpusRun[];
  drawnMs: number;
  workerMs: number;
  heapPeakMB: number;
  heapAfterMB: number;
  nodes: number;
  edges: number;
}

/** The Open dialog's progress bar now, if it shows. */
const progressOf = (page: Page) =>
  page.evaluate<{ done: number; total: number } | null>(`(() => {
    const bar = document.querySelector(".open-progress progress");
    return bar ? { done: bar.value, total: bar.max } : null;
  })()`);

/**
 * One run: the default graph's page, the Open dialog, the corpus's files handed to its file input
 * (as a reader choosing them does), then until the new graph is drawn, sampling the heap and the
 * progress bar twice a second; then the heap after a collection.
 */
async function openCorpusOnce(
  browser: Browser,
  origin: string,
  paths: string[],
  timeoutMs: number,
): Promise<CorpusRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/app/`);
    await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]');
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.getByRole("button", { name: "Open…" }).click();
    const input = page
      .getByRole("dialog", { name: "Open" })
      .locator('input[type="file"][multiple]');
    const startedAt = await page.evaluate<number>("performance.now()");
    await input.setInputFiles(paths);
    let heapPeakMB = 0;
    const progressSeen = { done: 0, total: 0 };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const drawn = await page.evaluate<number>(
        `performance.getEntriesByName("graph-drawn").length`,
      );
      if (drawn >= 2) break;
      if (Date.now() > deadline) throw new Error("the corpus was not drawn in time");
      heapPeakMB = Math.max(heapPeakMB, await heapUsedMB(cdp));
      const progress = await progressOf(page);
      if (progress && progress.done >= progressSeen.done) Object.assign(progressSeen, progress);
      await page.waitForTimeout(500);
    }
    const at = (mark: string) =>
      page.evaluate<number>(`performance.getEntriesByName("${mark}").at(-1)?.startTime ?? NaN`);
    const drawnMs = (await at("graph-drawn")) - startedAt;
    const workerMs = (await at("open-worker-done")) - startedAt;
    // The graph's size as its page states it: at the overview, level of detail draws no relations.
    const size = await page.evaluate<{ nodes: number; edges: number }>(`(() => {
      const line = document.querySelector("header")?.textContent ?? "";
      const [, nodes = "0", edges = "0"] = /([\\d,]+) nodes, ([\\d,]+) relations/.exec(line) ?? [];
      return { nodes: Number(nodes.replaceAll(",", "")), edges: Number(edges.replaceAll(",", "")) };
    })()`);
    await cdp.send("HeapProfiler.collectGarbage");
    const heapAfterMB = await heapUsedMB(cdp);
    return { drawnMs, workerMs, ...size, progressSeen, heapPeakMB, heapAfterMB };
  } finally {
    await context.close();
  }
}

/** The corpus opened `runs` times, each in a fresh context: its medians. */
export async function measureCorpus(
  browser: Browser,
  origin: string,
  paths: string[],
  kilobytes: number,
  runs: number,
  log: (line: string) => void,
): Promise<CorpusResult> {
  const done: CorpusRun[] = [];
  for (let i = 0; i < runs; i++) {
    log(`corpus of ${paths.length} readouts: run ${i + 1} of ${runs}`);
    done.push(await openCorpusOnce(browser, origin, paths, 180_000));
  }
  const of = (pick: (r: CorpusRun) => number) => median(done.map(pick));
  return {
    files: paths.length,
    kilobytes,
    runs: done,
    drawnMs: of((r) => r.drawnMs),
    workerMs: of((r) => r.workerMs),
    heapPeakMB: of((r) => r.heapPeakMB),
    heapAfterMB: of((r) => r.heapAfterMB),
    nodes: of((r) => r.nodes),
    edges: of((r) => r.edges),
  };
}

/** Issue 13: a thousand readouts open in 20 s, the heap within 300 MB. */
const CORPUS_BUDGET = { drawnS: 20, heapMB: 300 } as const;

/** The budgets missed, in the words of the summary's list; none when all are met. */
export function corpusMisses(result: CorpusResult): string[] {
  const drawnS = result.drawnMs / 1000;
  return [
    drawnS > CORPUS_BUDGET.drawnS
      ? `corpus opened → drawn: ${drawnS.toFixed(1)} s (≤ ${CORPUS_BUDGET.drawnS} s)`
      : "",
    Math.max(result.heapPeakMB, result.heapAfterMB) > CORPUS_BUDGET.heapMB
      ? `corpus heap: ${Math.round(Math.max(result.heapPeakMB, result.heapAfterMB))} MB (≤ ${CORPUS_BUDGET.heapMB} MB)`
      : "",
  ].filter(Boolean);
}

/** The rows the bench prints, with the budgets. */
export function corpusTable(result: CorpusResult): string {
  const verdict = (value: number, budget: number, unit: string) =>
    value <= budget
      ? `≤ ${budget} ${unit}: met`
      : `≤ ${budget} ${unit}: **missed** (+${Math.round((value / budget - 1) * 100)}%)`;
  const last = result.runs.at(-1);
  return [
    "| measure | ours | budget |",
    "| --- | --- | --- |",
    `| ${result.files} readouts (${Math.round(result.kilobytes)} KB) opened → graph drawn (s), median of ${result.runs.length} | ${(result.drawnMs / 1000).toFixed(1)} | ${verdict(result.drawnMs / 1000, CORPUS_BUDGET.drawnS, "s")} |`,
    `| of which the worker (read, extract, merge) (s) | ${(result.workerMs / 1000).toFixed(1)} | |`,
    `| merged graph: nodes / relations | ${result.nodes} / ${result.edges} | |`,
    `| progress shown (highest seen) | ${last ? `${last.progressSeen.done} of ${last.progressSeen.total}` : "–"} | |`,
    `| JS heap while opening, highest sampled (MB) | ${Math.round(result.heapPeakMB)} | ${verdict(result.heapPeakMB, CORPUS_BUDGET.heapMB, "MB")} |`,
    `| JS heap once drawn, after GC (MB) | ${Math.round(result.heapAfterMB)} | ${verdict(result.heapAfterMB, CORPUS_BUDGET.heapMB, "MB")} |`,
  ].join("\n");
}
