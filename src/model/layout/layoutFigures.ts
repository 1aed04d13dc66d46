import { KINDS } from "../graph/kinds";
import { segmentsCross } from "./crossings";
import { footprint, LABEL_FONT, labelBox, overlap } from "./labelBox";
import type { LayoutInput, Positions } from "./layout";
import { storyCore, storyRoles } from "./storyRoles";

export interface LayoutFigures {
  crossings: number;
  medianEdge: number;
  /** Counterparts drawn farther from their meeting than the median relation is long. */
  farCounterparts: string[];
  /** Pairs of labels whose boxes overlap (estimated). */
  overlappingLabels: [string, string][];
  /** Width and height of the picture, labels included. */
  extent: { width: number; height: number };
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
    overlappingLabels,
    extent: {
      width: Math.round(Math.max(...xs) - Math.min(...xs)),
      height: Math.round(Math.max(...ys) - Math.min(...ys)),
    },
  };
}
