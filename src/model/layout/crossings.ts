import type { Point } from "./layout";

const side = (p: Point, q: Point, r: Point) =>
  Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));

/** Whether segments ab and cd cross (touching at an end does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

export interface Segment {
  source: string;
  target: string;
}

/** How many pairs of relations cross, those that share an end left out. */
export function countCrossings(segments: readonly Segment[], at: (id: string) => Point): number {
  let crossings = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const s = segments[i];
    if (!s) continue;
    for (let j = i + 1; j < segments.length; j += 1) {
      const t = segments[j];
      if (!t || shareEnd(s, t)) continue;
      if (segmentsCross(at(s.source), at(s.target), at(t.source), at(t.target))) crossings += 1;
    }
  }
  return crossings;
}

export const shareEnd = (s: Segment, t: Segment) =>
  s.source === t.source || s.source === t.target || s.target === t.source || s.target === t.target;
