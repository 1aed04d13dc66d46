import { crossesAt, type Segment } from "./crossings";
import { BOX_ROOM as PAD, wholeBox, type Footprint } from "./labelBox";
import type { Point } from "./layout";

/**
 * A picture held in typed arrays, indexed by node and by relation, for the story's refinement,
 * which asks millions of times what crosses a relation and what a box covers: each relation knows
 * beforehand the relations that share no end with it (the only ones that can cross it), and each
 * node its box's reach around its centre.
 */
export interface StoryGeometry {
  ids: readonly string[];
  xs: Float64Array;
  ys: Float64Array;
  homeX: Float64Array;
  homeY: Float64Array;
  /** The ends of relation s: ends[2s], ends[2s + 1]. */
  ends: Int32Array;
  /** For each node, its relations. */
  incident: readonly Int32Array[];
  /** For each relation, the relations that share no end with it. */
  disjoint: readonly Int32Array[];
  /** How many of these relations the segment p–q crosses. */
  crossingsOf(px: number, py: number, qx: number, qy: number, among: Int32Array): number;
  /** How many other boxes the node's box would overlap, were it at p. */
  overlapsAt(node: number, px: number, py: number): number;
  /**
   * How often a node at p would sit on a relation not its own, or its relation to q pass over
   * another node: within `CLEARANCE` of it, where a line seems to end at a node it only passes.
   */
  grazesAt(node: number, px: number, py: number): number;
  moveTo(node: number, x: number, y: number): void;
  /** Crossing pairs of relations in the picture now. */
  crossings(): number;
  /** Overlapping pairs of boxes in the picture now. */
  overlaps(): number;
  positions(): Map<string, Point>;
}

/** How near a line may pass a node's centre before it seems to end there (about a node's radius). */
export const CLEARANCE = 14;

/** Whether point c lies within `CLEARANCE` of segment a–b (beyond its ends it does not). */
export function near(
  cx: number,
  cy: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): boolean {
  const ux = bx - ax;
  const uy = by - ay;
  const length2 = ux * ux + uy * uy;
  if (length2 === 0) return false;
  const t = ((cx - ax) * ux + (cy - ay) * uy) / length2;
  if (t <= 0 || t >= 1) return false;
  const dx = ax + t * ux - cx;
  const dy = ay + t * uy - cy;
  return dx * dx + dy * dy < CLEARANCE * CLEARANCE;
}

export function storyGeometry(
  targets: ReadonlyMap<string, Point>,
  segments: readonly Segment[],
  feet: ReadonlyMap<string, Footprint>,
): StoryGeometry {
  const ids = [...targets.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  ids.forEach((id, i) => {
    const p = targets.get(id) ?? { x: 0, y: 0 };
    // Whole units, as the picture will be drawn, so that what is counted here is what is seen.
    xs[i] = Math.round(p.x);
    ys[i] = Math.round(p.y);
  });
  const homeX = xs.slice();
  const homeY = ys.slice();

  const pairs = segments.flatMap((s) => {
    const [a, b] = [index.get(s.source), index.get(s.target)];
    return a === undefined || b === undefined || a === b ? [] : [[a, b] as const];
  });
  const ends = Int32Array.from(pairs.flat());
  const m = pairs.length;
  const lists = Array.from({ length: n }, (): number[] => []);
  pairs.forEach(([a, b], s) => {
    lists[a]?.push(s);
    lists[b]?.push(s);
  });
  const incident = lists.map((list) => Int32Array.from(list));
  const disjoint = pairs.map(([a, b]) => {
    const list: number[] = [];
    for (let t = 0; t < m; t += 1) {
      const [c, d] = [ends[2 * t], ends[2 * t + 1]];
      if (c !== a && c !== b && d !== a && d !== b) list.push(t);
    }
    return Int32Array.from(list);
  });

  // Each box as reach from the node's centre: left/right half-width, up and down.
  const boxed = new Uint8Array(n);
  const half = new Float64Array(n);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  ids.forEach((id, i) => {
    const foot = feet.get(id);
    if (!foot) return;
    const box = wholeBox({ x: 0, y: 0 }, foot);
    boxed[i] = 1;
    half[i] = box.x2 + PAD / 2;
    up[i] = -box.y1 + PAD / 2;
    down[i] = box.y2 + PAD / 2;
  });

  // Each relation's bounding box, kept up to date as nodes move: most pairs are told apart by it.
  const box = new Float64Array(4 * m);
  const rebox = (s: number) => {
    const a = ends[2 * s] ?? 0;
    const b = ends[2 * s + 1] ?? 0;
    const ax = xs[a] ?? 0;
    const ay = ys[a] ?? 0;
    const bx = xs[b] ?? 0;
    const by = ys[b] ?? 0;
    box[4 * s] = Math.min(ax, bx);
    box[4 * s + 1] = Math.min(ay, by);
    box[4 * s + 2] = Math.max(ax, bx);
    box[4 * s + 3] = Math.max(ay, by);
  };
  for (let s = 0; s < m; s += 1) rebox(s);
  const crossingsOf = (px: number, py: number, qx: number, qy: number, among: Int32Array) => {
    const x1 = Math.min(px, qx);
    const y1 = Math.min(py, qy);
    const x2 = Math.max(px, qx);
    const y2 = Math.max(py, qy);
    let count = 0;
    for (const t of among) {
      const k = 4 * t;
      if (
        (box[k + 2] ?? 0) < x1 ||
        (box[k] ?? 0) > x2 ||
        (box[k + 3] ?? 0) < y1 ||
        (box[k + 1] ?? 0) > y2
      )
        continue;
      const c = ends[2 * t] ?? 0;
      const d = ends[2 * t + 1] ?? 0;
      if (crossesAt(px, py, qx, qy, xs[c] ?? 0, ys[c] ?? 0, xs[d] ?? 0, ys[d] ?? 0)) count += 1;
    }
    return count;
  };
  const overlapsAt = (node: number, px: number, py: number) => {
    if (!boxed[node]) return 0;
    const h = half[node] ?? 0;
    const u = up[node] ?? 0;
    const d = down[node] ?? 0;
    let count = 0;
    for (let k = 0; k < n; k += 1) {
      if (k === node || !boxed[k]) continue;
      const kx = xs[k] ?? 0;
      const ky = ys[k] ?? 0;
      if (
        px - h < kx + (half[k] ?? 0) &&
        kx - (half[k] ?? 0) < px + h &&
        py - u < ky + (down[k] ?? 0) &&
        ky - (up[k] ?? 0) < py + d
      )
        count += 1;
    }
    return count;
  };
  const grazesAt = (node: number, px: number, py: number) => {
    let count = 0;
    // The node on a relation not its own.
    for (let t = 0; t < m; t += 1) {
      const k = 4 * t;
      if (
        (box[k] ?? 0) - CLEARANCE > px ||
        (box[k + 2] ?? 0) + CLEARANCE < px ||
        (box[k + 1] ?? 0) - CLEARANCE > py ||
        (box[k + 3] ?? 0) + CLEARANCE < py
      )
        continue;
      const a = ends[2 * t] ?? 0;
      const b = ends[2 * t + 1] ?? 0;
      if (a === node || b === node) continue;
      if (near(px, py, xs[a] ?? 0, ys[a] ?? 0, xs[b] ?? 0, ys[b] ?? 0)) count += 1;
    }
    // Its relations over another node.
    for (const s of incident[node] ?? []) {
      const q = (ends[2 * s] === node ? ends[2 * s + 1] : ends[2 * s]) ?? 0;
      const qx = xs[q] ?? 0;
      const qy = ys[q] ?? 0;
      const x1 = Math.min(px, qx) - CLEARANCE;
      const y1 = Math.min(py, qy) - CLEARANCE;
      const x2 = Math.max(px, qx) + CLEARANCE;
      const y2 = Math.max(py, qy) + CLEARANCE;
      for (let k = 0; k < n; k += 1) {
        if (k === node || k === q) continue;
        const kx = xs[k] ?? 0;
        const ky = ys[k] ?? 0;
        if (kx < x1 || kx > x2 || ky < y1 || ky > y2) continue;
        if (near(kx, ky, px, py, qx, qy)) count += 1;
      }
    }
    return count;
  };
  return {
    grazesAt,
    ids,
    xs,
    ys,
    homeX,
    homeY,
    ends,
    incident,
    disjoint,
    crossingsOf,
    overlapsAt,
    moveTo(node, x, y) {
      xs[node] = x;
      ys[node] = y;
      for (const s of incident[node] ?? []) rebox(s);
    },
    crossings() {
      let count = 0;
      for (let s = 0; s < m; s += 1) {
        const a = ends[2 * s] ?? 0;
        const b = ends[2 * s + 1] ?? 0;
        const among = (disjoint[s] ?? new Int32Array()).filter((t) => t > s);
        count += crossingsOf(xs[a] ?? 0, ys[a] ?? 0, xs[b] ?? 0, ys[b] ?? 0, among);
      }
      return count;
    },
    overlaps() {
      let count = 0;
      for (let i = 0; i < n; i += 1) count += overlapsAt(i, xs[i] ?? 0, ys[i] ?? 0);
      return count / 2;
    },
    positions: () => new Map(ids.map((id, i) => [id, { x: xs[i] ?? 0, y: ys[i] ?? 0 }])),
  };
}
