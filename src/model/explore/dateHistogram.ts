import { addDays, daySpan } from "../graph/dates";
import type { Graph } from "../graph/schema";

export interface DateBin {
  /** First and last day the bin covers, inclusive. */
  first: string;
  last: string;
  /** Events that start in it. */
  events: number;
}

export type DateUnit = "day" | "week" | "month" | "year";

export interface DateHistogram {
  unit: DateUnit;
  bins: readonly DateBin[];
}

/**
 * How many events (meetings, summits) start in each day of the coverage, from the first to the last,
 * empty days included so the bars read as time; weeks, months or years when there would be more
 * than `mostBins` days (each bar is a target to press, and must stay wide enough to press).
 */
export function dateHistogram(graph: Graph, mostBins = 8): DateHistogram {
  const starts = graph.nodes
    .filter((n) => n.kind === "event" && n.date)
    .map((n) => daySpan(n.date ?? "").first)
    .sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return { unit: "day", bins: [] };
  // The first unit whose bars from the first start to the last number no more than asked.
  const unit =
    (["day", "week", "month"] as const).find(
      (u) => binsOf(u, first, last, mostBins + 1).length <= mostBins,
    ) ?? "year";
  const counts = new Map<string, number>();
  for (const day of starts) {
    const bin = UNITS[unit].start(day);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const bins = binsOf(unit, first, last).map((bin) => ({
    ...bin,
    events: counts.get(bin.first) ?? 0,
  }));
  return { unit, bins };
}

const inMonths = (day: string, months: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/** Where a unit's bin starts for a day, and where the next one starts. */
const UNITS: Record<DateUnit, { start: (day: string) => string; next: (start: string) => string }> =
  {
    day: { start: (day) => day, next: (start) => addDays(start, 1) },
    // Weeks from Monday, as ISO 8601 counts them.
    week: {
      start: (day) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7)),
      next: (start) => addDays(start, 7),
    },
    month: { start: (day) => `${day.slice(0, 7)}-01`, next: (start) => inMonths(start, 1) },
    year: { start: (day) => `${day.slice(0, 4)}-01-01`, next: (start) => inMonths(start, 12) },
  };

/** The bins of a unit from the one holding `first` to the one holding `last`, at most `most`. */
function binsOf(
  unit: DateUnit,
  first: string,
  last: string,
  most = Infinity,
): { first: string; last: string }[] {
  const bins = [];
  for (let start = UNITS[unit].start(first); start <= last && bins.length < most;) {
    const next = UNITS[unit].next(start);
    bins.push({ first: start, last: addDays(next, -1) });
    start = next;
  }
  return bins;
}
