import type { GraphNode } from "../../model/graph/schema";

const DAY = 86_400_000;

/** A date or range ("2023-12-01/2023-12-02") as days since 1970, first and last. */
export function days(date: string): [number, number] {
  const [start = "", end = start] = date.split("/");
  return [Date.parse(start) / DAY, Date.parse(end) / DAY];
}

/** Whether two dates (or ranges) are at most a day apart: outlets date one meeting differently. */
export function withinADay(a: string, b: string): boolean {
  const [s1, e1] = days(a);
  const [s2, e2] = days(b);
  return Math.max(0, s2 - e1, s1 - e2) <= 1;
}

/**
 * A meeting, matched by who takes part and when: a bilateral meeting with someone taking part in
 * it. Other events (a forum, a summit, whose participants each report names differently) are one
 * node by their id, as a state is.
 */
export const isMeeting = (node: GraphNode, participants: number) =>
  node.kind === "event" && node.role === "bilateral meeting" && participants > 0;
