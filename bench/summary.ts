import { isRefused, type RunOutcome, type RunResult } from "./measure";
import { median } from "./stats";

/** Medians over the runs of one page (ours or bare) on one graph; NaN where nothing finished. */
export interface PageSummary {
  runs: number;
  drawnMs: number;
  heapMB: number;
  clickMs: number;
  toggleMs: number;
  panP50: number;
  panP95: number;
  panFps: number;
  zoomP50: number;
  zoomP95: number;
  zoomFps: number;
  /** Per interaction, the median over runs of the longest task during it. */
  longestTaskMs: { hover: number; click: number; pan: number; zoom: number; toggle: number };
  loadLongestTaskMs: number;
  /** Runs in which the click or toggle never showed its result, or a gesture did not move. */
  failures: string[];
  /** What the page said when it refused the graph, if it did in every run. */
  refused: string | null;
}

const finite = (values: (number | undefined)[]) =>
  values.filter((v): v is number => v !== undefined && Number.isFinite(v));

export function summarise(outcomes: readonly RunOutcome[]): PageSummary {
  const runs = outcomes.filter((o): o is RunResult => !isRefused(o));
  const refusals = outcomes.filter(isRefused);
  const m = (pick: (r: RunResult) => number | undefined) => median(finite(runs.map(pick)));
  const failures: string[] = [];
  refusals.forEach((r) => failures.push(`refused the graph: ${r.refused}`));
  runs.forEach((r, i) => {
    if (r.clicked === null) failures.push(`run ${i + 1}: no leader drawn in view to click`);
    else if (!r.click) failures.push(`run ${i + 1}: click never showed the node's passages`);
    if (!r.toggle) failures.push(`run ${i + 1}: topic toggle never changed what is shown`);
    if (!r.pan.moved) failures.push(`run ${i + 1}: the drag did not pan`);
    if (!r.zoom.moved) failures.push(`run ${i + 1}: the wheel did not zoom`);
  });
  return {
    runs: outcomes.length,
    drawnMs: m((r) => r.drawnMs),
    heapMB: m((r) => r.heapMB),
    clickMs: m((r) => r.click?.ms),
    toggleMs: m((r) => r.toggle?.ms),
    panP50: m((r) => r.pan.p50),
    panP95: m((r) => r.pan.p95),
    panFps: m((r) => r.pan.fps),
    zoomP50: m((r) => r.zoom.p50),
    zoomFps: m((r) => r.zoom.fps),
    zoomP95: m((r) => r.zoom.p95),
    longestTaskMs: {
      hover: m((r) => r.hover?.longestTaskMs),
      click: m((r) => r.click?.longestTaskMs),
      pan: m((r) => r.pan.longestTaskMs),
      zoom: m((r) => r.zoom.longestTaskMs),
      toggle: m((r) => r.toggle?.longestTaskMs),
    },
    loadLongestTaskMs: m((r) => r.loadLongestTaskMs),
    failures,
    refused: runs.length === 0 ? (refusals[0]?.refused ?? null) : null,
  };
}
