import type { Segment } from "./crossings";
import type { Footprint } from "./labelBox";
import type { Point } from "./layout";
import type { Random } from "./random";
import { storyGeometry, type StoryGeometry } from "./storyGeometry";

export interface RefineInput {
  targets: ReadonlyMap<string, Point>;
  /** Nodes that stay where the story put them: the host and the meetings. */
  pinned: ReadonlySet<string>;
  /** How much each node minds straying from its place (1: a crossing for every `leash` units). */
  stiffness: ReadonlyMap<string, number>;
  segments: readonly Segment[];
  feet: ReadonlyMap<string, Footprint>;
  leash: number;
  /** The ring's radius: relations are measured against it. */
  scale: number;
  /** How far from the host any node may go, so that the picture stays readable when fitted. */
  bound: number;
  random: Random;
  steps: number;
  plain?: boolean;
}

/** What a place costs a node: each crossing, each overlap, and (per `scale`) each relation's length. */
// eslint-disable-next-line
const ENV = (globalThis as any).process?.env ?? {};
const COST = { crossing: Number(ENV.XC ?? 1), overlap: Number(ENV.XO ?? 3), length: Number(ENV.XL ?? 0.3) } as const;
const JUMP = Number(ENV.XJ ?? 0);
const T0 = Number(ENV.XT ?? 1.5);

/**
 * Moves each node a little, many times, keeping a move when it crosses fewer relations, covers
 * fewer labels, keeps its relations short and strays little from its place in the story (a seeded
 * annealing: a worse move is sometimes kept early on, so the picture can leave a poor arrangement).
 */
export interface Refinement {
  /** Takes up to `count` more steps; returns how many have been taken in all. */
  advance(count: number): number;
  positions(): Map<string, Point>;
  /** Crossings, and the label overlaps left (each worth ten crossings), of the picture now. */
  score(): number;
}

/**
 * The cost of a node's place, counted from its own relations only (a move changes nothing else):
 * crossings with the relations that share no end with them, overlaps with other boxes, lengths and
 * the pull home. It stops counting once past `limit`, when the caller only needs to know that.
 */
function placeCost(
  g: StoryGeometry,
  node: number,
  px: number,
  py: number,
  weights: { scale: number; leash: number; overlap?: number },
  limit: number,
): number {
  const { xs, ys, ends, incident, disjoint } = g;
  const other = (s: number) => (ends[2 * s] === node ? ends[2 * s + 1] : ends[2 * s]) ?? 0;
  // The cheap parts first: a place too far or on another label is turned down before a crossing is counted.
  let total =
    (g.stiffness[node] ?? 1) *
    (Math.hypot(px - (g.homeX[node] ?? 0), py - (g.homeY[node] ?? 0)) / weights.leash);
  const around = incident[node] ?? new Int32Array();
  for (const s of around) {
    const q = other(s);
    total += (COST.length * Math.hypot(px - (xs[q] ?? 0), py - (ys[q] ?? 0))) / weights.scale;
  }
  total += (weights.overlap ?? COST.overlap) * g.overlapsAt(node, px, py);
  for (const s of around) {
    if (total > limit) return total;
    const q = other(s);
    total += COST.crossing * g.crossingsOf(px, py, xs[q] ?? 0, ys[q] ?? 0, disjoint[s] ?? []);
  }
  return total;
}

const POLISH = Number(ENV.XP ?? 0);
const SWEEPS = Number(ENV.XSW ?? 4);
const GLOBAL = Number(ENV.XGL ?? 99);
const REACH = Number(ENV.XREACH ?? 100);
const GRID = Number(ENV.XGRID ?? 36);

/**
 * Moves each node in turn to the best of many places (a polar grid over the whole picture and a
 * few steps around where it is), if that costs less than where it is, until a sweep gains nothing.
 */
function polish(
  g: StoryGeometry,
  movable: readonly number[],
  weights0: { scale: number; leash: number },
  bound: number,
) {
  const weights = { ...weights0, overlap: Number(ENV.XPO ?? 30) };
  const candidates: number[] = [];
  for (let r = GRID; r <= bound; r += GRID) {
    const count = Math.max(8, Math.round((2 * Math.PI * r) / GRID));
    for (let k = 0; k < count; k += 1) {
      const a = (2 * Math.PI * (k + 0.5 * ((r / GRID) % 2))) / count;
      candidates.push(Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a)));
    }
  }
  const grid = Float64Array.from(candidates);
  const near = [-48, -24, -12, 0, 12, 24, 48];
  let node = 0;
  let best = 0;
  let bestX = 0;
  let bestY = 0;
  const tryAt = (cx: number, cy: number) => {
    if (cx * cx + cy * cy > bound * bound) return;
    const c = placeCost(g, node, cx, cy, weights, best);
    if (c < best - 1e-9) [best, bestX, bestY] = [c, cx, cy];
  };
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    let gained = 0;
    for (node of movable) {
      const x = g.xs[node] ?? 0;
      const y = g.ys[node] ?? 0;
      best = placeCost(g, node, x, y, weights, Infinity);
      [bestX, bestY] = [x, y];
      let [x1, y1, x2, y2] = [x, y, x, y];
      for (const s of g.incident[node] ?? []) {
        const q = (g.ends[2 * s] === node ? g.ends[2 * s + 1] : g.ends[2 * s]) ?? 0;
        const [qx, qy] = [g.xs[q] ?? 0, g.ys[q] ?? 0];
        [x1, y1, x2, y2] = [Math.min(x1, qx), Math.min(y1, qy), Math.max(x2, qx), Math.max(y2, qy)];
      }
      [x1, y1, x2, y2] = [x1 - REACH, y1 - REACH, x2 + REACH, y2 + REACH];
      if (sweep < GLOBAL)
        for (let k = 0; k < grid.length; k += 2) {
          const [cx, cy] = [grid[k] ?? 0, grid[k + 1] ?? 0];
          if (cx >= x1 && cx <= x2 && cy >= y1 && cy <= y2) tryAt(cx, cy);
        }
      for (const dx of near) for (const dy of near) tryAt(x + dx, y + dy);
      if (bestX !== x || bestY !== y) {
        g.moveTo(node, bestX, bestY);
        gained += 1;
      }
    }
    if (ENV.XDBG) console.log("sweep", sweep, "moved", gained, "x", g.crossings());
    if (!gained) break;
  }
}

export function refineStory(input: RefineInput): Refinement {
  const { pinned, leash, scale, bound, random, steps } = input;
  const g = storyGeometry(input.targets, input.segments, input.feet, input.stiffness);
  const movable = g.ids.flatMap((id, i) => (!pinned.has(id) && input.feet.has(id) ? [i] : []));
  const weights = { scale, leash };
  const move = (step: number) => {
    const node = movable[Math.floor(random.next() * movable.length)] ?? 0;
    const fromX = g.xs[node] ?? 0;
    const fromY = g.ys[node] ?? 0;
    const reach = leash * (1 - (0.8 * step) / steps);
    let toX = fromX + (random.next() - 0.5) * reach;
    let toY = fromY + (random.next() - 0.5) * reach;
    if (random.next() < JUMP) {
      const r = bound * Math.sqrt(random.next());
      const a = 2 * Math.PI * random.next();
      toX = r * Math.cos(a);
      toY = r * Math.sin(a);
    }
    if (Math.hypot(toX, toY) > bound) return;
    // Metropolis: a move is kept when it costs less than now plus temperature × -ln(u), u drawn
    // first, so that counting the new place can stop as soon as it costs more than that.
    const temperature = T0 * (1 - step / steps) + 0.02;
    const allowance = -temperature * Math.log(1 - random.next());
    const now = placeCost(g, node, fromX, fromY, weights, Infinity);
    const limit = now + allowance;
    if (placeCost(g, node, toX, toY, weights, limit) <= limit) g.moveTo(node, toX, toY);
  };
  let taken = 0;
  let polished = false;
  return {
    advance(count) {
      const until = Math.min(steps, taken + count);
      for (; taken < until && movable.length > 0; taken += 1) move(taken);
      if (taken === steps && !polished) {
        polished = true;
        if (POLISH) {
          const order = [...movable];
          if (ENV.XSHUF && !input.plain) for (let i = order.length - 1; i > 0; i -= 1) { const j = Math.floor(random.next() * (i + 1)); [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0]; }
          polish(g, order, weights, bound);
        };
      }
      taken = until;
      return taken;
    },
    positions: () => g.positions(),
    score: () => { if (ENV.XDBG) console.log("  x", g.crossings(), "ov", g.overlaps(), g.overlapPairs().join(" ")); return g.crossings() + 10 * g.overlaps(); },
  };
}
