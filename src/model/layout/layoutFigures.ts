import { KINDS } from "../graph/kinds";
import { segmentsCross } from "./crossings";
import { footprint, LABEL_FONT, labelBox, overlap } from "./labelBox";
import type { LayoutInput, Point, Positions } from "./layout";
import { CLEARANCE } from "./storyGeometry";
import { storyCore, storyRoles } from "./storyRoles";

export interface LayoutFigures {
  crossings: number;
  medianEdge: number;
  /** Counterparts drawn farther from their meeting than the median relation is long. */
  farCounterparts: string[];
  /**
   * Nodes drawn on a relation not their own (within `CLEARANCE` of its line), where the line
   * seems to end at a node it only passes.
   */
  grazes: number;
  /** Pairs of labels whose boxes overlap (estimated). */
  overlappingLabels: [string, string][];
  /** Width and height of the picture, labels included. */
  extent: { width: number; height: number };
}

/** Whether c lies within `CLEARANCE` of the segment a–b, between its ends. */
function passesNear(c: Point, a: Point, b: Point): boolean {
  const [ux, uy] = [b.x - a.x, b.y - a.y];
  const length2 = ux * ux + uy * uy;
  const t = length2 === 0 ? 0 : ((c.x - a.x) * ux + (c.y - a.y) * uy) / length2;
  if (t <= 0 || t >= 1) return false;
  return Math.hypot(a.x + t * ux - c.x, a.y + t * uy - c.y) < CLEARANCE;
}

/** Figures that say whether a picture tells its story: crossings, distances, overlaps, size. */
export function layoutFigures(input: LayoutInput, at: Positions): LayoutFigures {
  const point = (id: string) => at.get(id) ?? { x: 0, y: 0 };
  const segments = input.edges
    .filter((e) => e.source !== e.target)
    .map((e) => ({ ends: [e.source, e.target], a: point(e.source), b: point(e.target) }));
  let crossings = 0;
  for (let i = 0; i < segments.length; i += 1) {
    for (let j = i + 1; j < segments.length; j += 1) {
      const s = segments[i];
      const t = segments[j];
      if (!s || !t || s.ends.some((id) => t.ends.includes(id))) continue;
      if (segmentsCross(s.a, s.b, t.a, t.b)) crossings += 1;
    }
  }
  const lengths = segments
    .map((s) => Math.hypot(s.a.x - s.b.x, s.a.y - s.b.y))
    .sort((x, y) => x - y);
  const medianEdge = lengths[Math.floor(lengths.length / 2)] ?? 0;

  const roles = storyRoles(input);
  const farCounterparts = [...(roles?.counterparts ?? [])].flatMap(([meeting, who]) =>
    who.filter((w) => {
      const [m, c] = [point(meeting), point(w)];
      return Math.hypot(m.x - c.x, m.y - c.y) >= medianEdge;
    }),
  );

  let grazes = 0;
  for (const n of input.nodes) {
    const c = point(n.id);
    for (const s of segments) {
      if (!s.ends.includes(n.id) && passesNear(c, s.a, s.b)) grazes += 1;
    }
  }

  const core = storyCore(input);
  const boxes = input.nodes.map((n) => ({
    id: n.id,
    box: labelBox(
      point(n.id),
      footprint(n.label, KINDS[n.kind].size, core.has(n.id) ? LABEL_FONT.core : LABEL_FONT.rest),
    ),
  }));
  const overlappingLabels: [string, string][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (overlap(a.box, b.box)) overlappingLabels.push([a.id, b.id]);
  });
  const xs = boxes.flatMap((b) => [b.box.x1, b.box.x2]);
  const ys = input.nodes
    .map((n) => point(n.id).y - KINDS[n.kind].size / 2)
    .concat(boxes.map((b) => b.box.y2));
  return {
    crossings,
    medianEdge: Math.round(medianEdge),
    farCounterparts,
    grazes,
    overlappingLabels,
    extent: {
      width: Math.round(Math.max(...xs) - Math.min(...xs)),
      height: Math.round(Math.max(...ys) - Math.min(...ys)),
    },
  };
}
