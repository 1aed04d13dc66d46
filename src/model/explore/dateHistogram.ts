import { addDays, daySpan, daysBetween } from "../graph/dates";
import type { Graph } from "../graph/schema";

export interface DateBin {
  /** First and last day the bin covers, inclusive. */
  first: string;
  last: string;
  /** Events that start in it. */
  events: number;
}

export interface DateHistogram {
  unit: "day" | "week" | "month";
  bins: readonly DateBin[];
}

/** More days than this and bins become weeks; more weeks than this, months. */
const MOST_DAYS = 62;
const MOST_WEEKS = 60;

/**
 * How many events (meetings, summits) start on each day of the coverage, from the first to the last,
 * empty days included so the bars read as time; weeks or months when the days would be too many.
 */
export function dateHistogram(graph: Graph): DateHistogram {
  const starts = graph.nodes
    .filter((n) => n.kind === "event" && n.date)
    .map((n) => daySpan(n.date ?? "").first)
    .sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return { unit: "day", bins: [] };
  const days = daysBetween(first, last) + 1;
  const unit = days <= MOST_DAYS ? "day" : days <= MOST_WEEKS * 7 ? "week" : "month";
  const binOf = (day: string) =>
    unit === "day"
      ? day
      : unit === "week"
        ? addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7))
        : `${day.slice(0, 7)}-01`;
  const counts = new Map<string, number>();
  for (const day of starts) counts.set(binOf(day), (counts.get(binOf(day)) ?? 0) + 1);
  const bins: DateBin[] = [];
  for (let start = binOf(first); start <= last;) {
    const next =
      unit === "day" ? addDays(start, 1) : unit === "week" ? addDays(start, 7) : nextMonth(start);
    bins.push({ first: start, last: addDays(next, -1), events: counts.get(start) ?? 0 });
    start = next;
  }
  return { unit, bins };
}

const nextMonth = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
};
