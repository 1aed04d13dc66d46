import { countCrossings, segmentsCross, shareEnd, type Segment } from "./crossings";
import { overlap, wholeBox, type Footprint } from "./labelBox";
import type { Point } from "./layout";
import type { Random } from "./random";

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
}

/** What a place costs a node: each crossing, each overlap, and (per `scale`) each relation's length. */
const COST = { crossing: 1, overlap: 3, length: 0.3 } as const;

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

export function refineStory(input: RefineInput): Refinement {
  const { targets, pinned, stiffness, segments, feet, leash, scale, bound, random, steps } = input;
  const at = new Map(targets);
  const incident = new Map<string, Segment[]>();
  for (const s of segments) {
    for (const end of [s.source, s.target]) incident.set(end, [...(incident.get(end) ?? []), s]);
  }
  const movable = [...targets.keys()].filter((id) => !pinned.has(id) && feet.has(id));
  const cost = (id: string, p: Point): number => {
    let total = 0;
    for (const s of incident.get(id) ?? []) {
      const q = at.get(s.source === id ? s.target : s.source);
      if (!q) continue;
      total += (COST.length * Math.hypot(p.x - q.x, p.y - q.y)) / scale;
      for (const t of segments) {
        if (shareEnd(s, t)) continue;
        const [c, d] = [at.get(t.source), at.get(t.target)];
        if (c && d && segmentsCross(p, q, c, d)) total += COST.crossing;
      }
    }
    const foot = feet.get(id);
    if (foot) {
      const box = wholeBox(p, foot);
      for (const [other, q] of at) {
        const f = feet.get(other);
        if (other !== id && f && overlap(box, wholeBox(q, f))) total += COST.overlap;
      }
    }
    const home = targets.get(id) ?? p;
    return total + ((stiffness.get(id) ?? 1) * Math.hypot(p.x - home.x, p.y - home.y)) / leash;
  };
  const move = (step: number) => {
    const id = movable[Math.floor(random.next() * movable.length)] ?? "";
    const from = at.get(id);
    if (!from) return;
    const reach = leash * (1 - (0.8 * step) / steps);
    const to = {
      x: from.x + (random.next() - 0.5) * reach,
      y: from.y + (random.next() - 0.5) * reach,
    };
    if (Math.hypot(to.x, to.y) > bound) return;
    const worse = cost(id, to) - cost(id, from);
    const temperature = 1.5 * (1 - step / steps) + 0.02;
    if (worse <= 0 || random.next() < Math.exp(-worse / temperature)) at.set(id, to);
  };
  let taken = 0;
  return {
    advance(count) {
      const until = Math.min(steps, taken + count);
      for (; taken < until && movable.length > 0; taken += 1) move(taken);
      taken = until;
      return taken;
    },
    positions: () => new Map(at),
    score() {
      let overlaps = 0;
      const placed = [...at].flatMap(([id, p]) => {
        const foot = feet.get(id);
        return foot ? [wholeBox(p, foot)] : [];
      });
      placed.forEach((box, i) => {
        for (const other of placed.slice(i + 1)) if (overlap(box, other)) overlaps += 1;
      });
      return countCrossings(segments, (id) => at.get(id) ?? { x: 0, y: 0 }) + 10 * overlaps;
    },
  };
}
