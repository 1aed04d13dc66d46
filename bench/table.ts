import { worstInteraction, type BudgetCheck, type GraphResult, type Measure } from "./budgets";
import type { Asset } from "./measure";
import type { PageSummary } from "./summary";

const num = (v: number) => (!Number.isFinite(v) ? "–" : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "–");
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface Row {
  measure: Measure;
  name: string;
  show: (s: PageSummary) => string;
  value: (s: PageSummary) => number;
}

const ROWS: Row[] = [
  {
    measure: "drawn",
    name: "graph drawn (ms)",
    show: (s) => num(s.drawnMs),
    value: (s) => s.drawnMs,
  },
  {
    measure: "click",
    name: "click → passages, dimming, camera moving (ms)",
    show: (s) => num(s.clickMs),
    value: (s) => s.clickMs,
  },
  {
    measure: "toggle",
    name: "topic toggle → repainted (ms)",
    show: (s) => num(s.toggleMs),
    value: (s) => s.toggleMs,
  },
  {
    measure: "pan",
    name: "pan: frame p50 / p95 (ms), fps",
    show: (s) => `${num(s.panP50)} / ${num(s.panP95)}, ${s.panFps.toFixed(0)}`,
    // Mean frame time, so that here too a ratio above 1 means ours is slower.
    value: (s) => 1000 / s.panFps,
  },
  {
    measure: "zoom",
    name: "zoom: frame p50 / p95 (ms), fps",
    show: (s) => `${num(s.zoomP50)} / ${num(s.zoomP95)}, ${s.zoomFps.toFixed(0)}`,
    // Mean frame time, so that here too a ratio above 1 means ours is slower.
    value: (s) => 1000 / s.zoomFps,
  },
  {
    measure: "heap",
    name: "JS heap after load (MB)",
    show: (s) => num(s.heapMB),
    value: (s) => s.heapMB,
  },
  {
    measure: "longtask",
    name: "longest task in an interaction (ms)",
    show: (s) => {
      const w = worstInteraction(s);
      return w.ms > 0 ? `${num(w.ms)} (${w.name})` : "none ≥ 50";
    },
    value: (s) => worstInteraction(s).ms,
  },
];

/** A Markdown table, its columns padded the way Prettier pads them. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function budgetCell(checks: readonly BudgetCheck[], graph: string, measure: Measure): string {
  const check = checks.find((c) => c.graph === graph && c.measure === measure);
  if (!check) return "";
  return `${check.budget}: ${check.pass ? "met" : `**missed** (${check.over})`}`;
}

export function resultsTable(
  results: readonly GraphResult[],
  checks: readonly BudgetCheck[],
): string {
  const rows = results.flatMap((r) =>
    ROWS.map((row, i) => [
      i === 0 ? `${r.name} (${r.nodes} nodes, ${r.edges} edges)` : "",
      row.name,
      r.ours.refused !== null ? (i === 0 ? "refused¹" : "–") : row.show(r.ours),
      r.bare.refused !== null ? (i === 0 ? "refused¹" : "–") : row.show(r.bare),
      ratio(row.value(r.ours), row.value(r.bare)),
      budgetCell(checks, r.name, row.measure),
    ]),
  );
  const refusals = results.flatMap((r) =>
    (["ours", "bare"] as const).flatMap((page) => {
      const said = r[page].refused;
      return said === null ? [] : [`¹ ${r.name}, ${page}: the page refused the graph: ${said}`];
    }),
  );
  const table = markdownTable(["graph", "measure", "ours", "bare", "ours/bare", "budget"], rows);
  return [table, ...refusals].join("\n\n");
}

export function assetsTable(
  ours: readonly Asset[],
  bare: readonly Asset[],
  checks: readonly BudgetCheck[],
): string {
  const rows = (page: string, list: readonly Asset[]) =>
    list.map((a) => [page, a.file, kb(a.raw), kb(a.gzip)]);
  const js = ours.filter((a) => a.type === "script");
  const sum = (pick: (a: Asset) => number) => js.reduce((total, a) => total + pick(a), 0);
  const check = checks.find((c) => c.measure === "firstLoadJs");
  const verdict = check
    ? ` (${check.budget}: ${check.pass ? "met" : `**missed** (${check.over})`})`
    : "";
  return markdownTable(
    ["page", "file (first load)", "raw KB", "gzip KB"],
    [
      ...rows("ours", ours),
      ...rows("bare", bare),
      ["ours", "all JS", kb(sum((a) => a.raw)), `${kb(sum((a) => a.gzip))}${verdict}`],
    ],
  );
}
