import type { Segment } from "./crossings";
import type { Footprint } from "./labelBox";
import type { Point } from "./layout";
import { storyGeometry, type StoryGeometry } from "./storyGeometry";

export interface RefineInput {
  targets: ReadonlyMap<string, Point>;
  /** Nodes that stay where the story put them: the host, the meetings, the counterparts, their states. */
  pinned: ReadonlySet<string>;
  /** How much a node minds straying from its place (1: a crossing for every `leash` units). */
  stiffness: number;
  segments: readonly Segment[];
  feet: ReadonlyMap<string, Footprint>;
  leash: number;
  /** The ring's radius: relations are measured against it. */
  scale: number;
  /** How far from the host any node may go, so that the picture stays readable when fitted. */
  bound: number;
}

/**
 * What a place costs a node: each crossing; each overlap (so much that a place that covers a
 * label is taken only when every other one does); each time it sits on a relation not its own,
 * or its relation runs over another node (as much as a crossing: a line that seems to end where
 * it does not misleads as much); and (per `scale`) each relation's length.
 */
const COST = { crossing: 1, overlap: 1000, length: 0.3, graze: 1 } as const;
/** The places every node is offered: a polar grid this fine over the whole picture… */
const GRID = 50;
/** …and steps around where it is. */
const NEAR = [-48, -24, -12, 0, 12, 24, 48];
const NONE = new Int32Array();
/** At most this many rounds over every node (a round that moves nothing ends it sooner). */
export const SWEEPS = 10;

/**
 * The cost of a node's place, counted from its own relations only (a move changes nothing else):
 * the pull home, lengths, overlaps and grazes first (they are cheaper), then crossings with the relations
 * that share no end with its own. It stops counting once past `limit`: the caller only needs to
 * know that a place is no better.
 */
function placeCost(
  g: StoryGeometry,
  node: number,
  px: number,
  py: number,
  weights: { scale: number; leash: number; stiffness: number },
  limit: number,
): number {
  const { xs, ys, ends, incident, disjoint } = g;
  let total =
    weights.stiffness *
    (Math.hypot(px - (g.homeX[node] ?? 0), py - (g.homeY[node] ?? 0)) / weights.leash);
  const around = incident[node] ?? NONE;
  for (const s of around) {
    const q = (ends[2 * s] === node ? ends[2 * s + 1] : ends[2 * s]) ?? 0;
    total += (COST.length * Math.hypot(px - (xs[q] ?? 0), py - (ys[q] ?? 0))) / weights.scale;
  }
  total += COST.overlap * g.overlapsAt(node, px, py);
  if (total > limit) return total;
  total += COST.graze * g.grazesAt(node, px, py);
  for (const s of around) {
    if (total > limit) return total;
    const q = (ends[2 * s] === node ? ends[2 * s + 1] : ends[2 * s]) ?? 0;
    total += COST.crossing * g.crossingsOf(px, py, xs[q] ?? 0, ys[q] ?? 0, disjoint[s] ?? NONE);
  }
  return total;
}

/** Whole-unit places on a polar grid round the host, out to `bound`, as x, y pairs. */
function polarGrid(bound: number): Float64Array {
  const places: number[] = [];
  for (let r = GRID; r <= bound; r += GRID) {
    const count = Math.max(8, Math.round((2 * Math.PI * r) / GRID));
    for (let k = 0; k < count; k += 1) {
      const a = (2 * Math.PI * (k + 0.5 * ((r / GRID) % 2))) / count;
      places.push(Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a)));
    }
  }
  return Float64Array.from(places);
}

/** A refinement under way, a few steps at a time. */
export interface Refinement {
  /** How many steps the refinement may take: one per node per round. */
  readonly total: number;
  /** Takes up to `count` more steps; returns how many have been taken in all. */
  advance(count: number): number;
  positions(): Map<string, Point>;
  /** Crossings, and the label overlaps left (each worth ten crossings), of the picture now. */
  score(): number;
}

/**
 * Refines the story's picture: each node that is not pinned, in turn, moves to the best of many
 * places (anywhere on a polar grid over the picture, or a step away from where it is) when that
 * costs less than where it is: fewer crossings, no label covered, relations short, near its place
 * in the story. Rounds over every node until one moves nothing. Greedy, without chance: the same
 * graph gives the same picture. Positions are whole units throughout, as they will be drawn.
 */
export function refineStory(input: RefineInput): Refinement {
  const { pinned, bound } = input;
  const g = storyGeometry(input.targets, input.segments, input.feet);
  const movable = g.ids.flatMap((id, i) => (!pinned.has(id) && input.feet.has(id) ? [i] : []));
  // Whatever the story put beyond the bound starts on it, so that the picture keeps its size.
  for (const node of movable) {
    const x = g.xs[node] ?? 0;
    const y = g.ys[node] ?? 0;
    const r = Math.hypot(x, y);
    if (r > bound) g.moveTo(node, Math.trunc((x * bound) / r), Math.trunc((y * bound) / r));
  }
  const weights = { scale: input.scale, leash: input.leash, stiffness: input.stiffness };
  const grid = polarGrid(bound);
  const total = SWEEPS * movable.length;
  let taken = 0;
  let movedThisRound = 0;

  /** Moves one node to its best place; whether it moved. (No closures or arrays made per place.) */
  const visit = (node: number) => {
    const x = g.xs[node] ?? 0;
    const y = g.ys[node] ?? 0;
    let best = placeCost(g, node, x, y, weights, Infinity);
    let bestX = x;
    let bestY = y;
    const places = grid.length / 2 + NEAR.length * NEAR.length;
    for (let k = 0; k < places; k += 1) {
      const local = k - grid.length / 2;
      const cx = local < 0 ? (grid[2 * k] ?? 0) : x + (NEAR[Math.floor(local / NEAR.length)] ?? 0);
      const cy = local < 0 ? (grid[2 * k + 1] ?? 0) : y + (NEAR[local % NEAR.length] ?? 0);
      if (cx * cx + cy * cy > bound * bound) continue;
      const cost = placeCost(g, node, cx, cy, weights, best);
      if (cost < best - 1e-9) {
        best = cost;
        bestX = cx;
        bestY = cy;
      }
    }
    if (bestX === x && bestY === y) return false;
    g.moveTo(node, bestX, bestY);
    return true;
  };

  return {
    total,
    advance(count) {
      const until = Math.min(total, taken + count);
      while (taken < until) {
        const k = taken % movable.length;
        if (visit(movable[k] ?? 0)) movedThisRound += 1;
        taken += 1;
        if (k === movable.length - 1) {
          // A round that moved nothing: the picture is as good as this search makes it.
          if (movedThisRound === 0) taken = total;
          movedThisRound = 0;
        }
      }
      return taken;
    },
    positions: () => g.positions(),
    score: () => g.crossings() + 10 * g.overlaps(),
  };
}
