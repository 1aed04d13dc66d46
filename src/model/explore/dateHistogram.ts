import { addDays, daySpan, daysBetween } from "../graph/dates";
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
  const binOfIn = (unit: DateUnit, day: string) =>
    unit === "day"
      ? day
      : unit === "week"
        ? addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7))
        : unit === "month"
          ? `${day.slice(0, 7)}-01`
          : `${day.slice(0, 4)}-01-01`;
  const span = (unit: DateUnit) => {
    const a = binOfIn(unit, first);
    const b = binOfIn(unit, last);
    if (unit === "day") return daysBetween(a, b) + 1;
    if (unit === "week") return daysBetween(a, b) / 7 + 1;
    const months =
      (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 +
      Number(b.slice(5, 7)) -
      Number(a.slice(5, 7));
    return unit === "month" ? months + 1 : months / 12 + 1;
  };
  const unit = (["day", "week", "month"] as const).find((u) => span(u) <= mostBins) ?? "year";
  const binOf = (day: string) => binOfIn(unit, day);
  const counts = new Map<string, number>();
  for (const day of starts) counts.set(binOf(day), (counts.get(binOf(day)) ?? 0) + 1);
  const bins: DateBin[] = [];
  for (let start = binOf(first); start <= last;) {
    const next =
      unit === "day"
        ? addDays(start, 1)
        : unit === "week"
          ? addDays(start, 7)
          : nextMonths(start, unit === "month" ? 1 : 12);
    bins.push({ first: start, last: addDays(next, -1), events: counts.get(start) ?? 0 });
    start = next;
  }
  return { unit, bins };
}

const nextMonths = (day: string, months: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};
