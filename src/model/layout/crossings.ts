import type { Point } from "./layout";

/**
 * How near a relation may pass another's end and still only touch it: positions are whole units,
 * so a relation drawn through a node (the host's to a counterpart, through their meeting) misses
 * it by a fraction of a unit once rounded, and that is not a crossing anyone sees.
 */
export const TOUCH = 1;

/** Which side of the line a→b the point c lies on: -1, 1, or 0 within `TOUCH` of the line. */
function side(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const ux = bx - ax;
  const uy = by - ay;
  const cross = ux * (cy - ay) - uy * (cx - ax);
  // |cross| / |ab| is c's distance from the line; compared squared, without a square root.
  return cross * cross <= TOUCH * TOUCH * (ux * ux + uy * uy) ? 0 : Math.sign(cross);
}

/** Whether segments ab and cd cross (touching at an end does not count), on plain numbers. */
export function crossesAt(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  return (
    side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 &&
    side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0
  );
}

/** Whether segments ab and cd cross (touching at an end, or passing within `TOUCH` of it, does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return crossesAt(a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y);
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
