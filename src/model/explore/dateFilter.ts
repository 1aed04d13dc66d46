import { daySpan } from "../graph/dates";
import type { Graph } from "../graph/schema";

/** Days, inclusive, as ISO strings; an open end reaches as far as the graph does. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const isOpenRange = (range: DateRange): boolean => range.from === null && range.to === null;

/**
 * The range with one end moved to `day` (or opened, for null), the other end following when it
 * would otherwise end before it starts.
 */
export function withEnd(range: DateRange, end: keyof DateRange, day: string | null): DateRange {
  const next = { ...range, [end]: day };
  return next.from === null || next.to === null || next.from <= next.to
    ? next
    : { from: day, to: day };
}

/** Whether a date of the model (a day, a month, a range) meets the range anywhere. */
export function meetsRange(date: string, range: DateRange): boolean {
  const { first, last } = daySpan(date);
  return (range.from === null || last >= range.from) && (range.to === null || first <= range.to);
}

/**
 * The nodes a range of dates leaves out: events dated outside it, and whatever is tied to dated events
 * only outside it (the counterpart of a meeting of another week, the topic only it raised). Nodes tied
 * to no dated event (a state, an organisation) stay.
 */
export function outsideDates(graph: Graph, range: DateRange): ReadonlySet<string> {
  const out = new Set<string>();
  const dated = new Map<string, boolean>();
  for (const node of graph.nodes) {
    if (node.kind !== "event" || !node.date) continue;
    const inside = meetsRange(node.date, range);
    dated.set(node.id, inside);
    if (!inside) out.add(node.id);
  }
  const tiedInside = new Set<string>();
  const tiedOutside = new Set<string>();
  for (const edge of graph.edges) {
    for (const [event, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const inside = dated.get(event);
      if (inside === undefined || dated.has(other)) continue;
      (inside ? tiedInside : tiedOutside).add(other);
    }
  }
  for (const id of tiedOutside) if (!tiedInside.has(id)) out.add(id);
  return out;
}
