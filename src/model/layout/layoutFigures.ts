import { KINDS } from "../graph/kinds";
import { countCrossings } from "./crossings";
import { footprint, LABEL_FONT, labelBox, overlap } from "./labelBox";
import type { LayoutInput, Positions } from "./layout";
import { near } from "./storyGeometry";
import { storyCore, storyRoles } from "./storyRoles";

export interface LayoutFigures {
  crossings: number;
  medianEdge: number;
  /** Counterparts drawn farther from their meeting than the median relation is long. */
  farCounterparts: string[];
  /**
   * Nodes drawn on a relation not their own (within storyGeometry's `CLEARANCE` of its line),
   * where the line seems to end at a node it only passes.
   */
  grazes: number;
  /** Pairs of labels whose boxes overlap (estimated). */
  overlappingLabels: [string, string][];
  /** Width and height of the picture, labels included. */
  extent: { width: number; height: number };
}

/** Figures that say whether a picture tells its story: crossings, distances, overlaps, size. */
export function layoutFigures(input: LayoutInput, at: Positions): LayoutFigures {
  const point = (id: string) => at.get(id) ?? { x: 0, y: 0 };
  const relations = input.edges.filter((e) => e.source !== e.target);
  const crossings = countCrossings(relations, point);
  const segments = relations.map((e) => ({
    ends: [e.source, e.target],
    a: point(e.source),
    b: point(e.target),
  }));
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
      if (!s.ends.includes(n.id) && near(c.x, c.y, s.a.x, s.a.y, s.b.x, s.b.y)) grazes += 1;
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
