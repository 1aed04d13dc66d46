import { daysBetween, daySpan } from "../../model/graph/dates";
import type { GraphNode } from "../../model/graph/schema";

/** Whether two dates (or ranges) are at most a day apart: outlets date one meeting differently. */
export function withinADay(a: string, b: string): boolean {
  const x = daySpan(a);
  const y = daySpan(b);
  return Math.max(0, daysBetween(x.last, y.first), daysBetween(y.last, x.first)) <= 1;
}

/**
 * A meeting, matched by who takes part and when: a bilateral meeting with someone taking part in
 * it. Other events (a forum, a summit, whose participants each report names differently) are one
 * node by their id, as a state is.
 */
export const isMeeting = (node: GraphNode, participants: number) =>
  node.kind === "event" && node.role === "bilateral meeting" && participants > 0;
