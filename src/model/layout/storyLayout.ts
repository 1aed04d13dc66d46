import { KINDS } from "../graph/kinds";
import { forceLayout } from "./forceLayout";
import { groupedLayout } from "./groupedLayout";
import { footprint, LABEL_FONT } from "./labelBox";
import type { LayoutInput, LayoutRun, LayoutStrategy, Point } from "./layout";
import { separateLabels } from "./separateLabels";
import { clearRays } from "./storyRays";
import { refineStory, SWEEPS, type Refinement } from "./storyRefine";
import { storyCore, storyRoles, type StoryRoles } from "./storyRoles";
import { bestOrders, storyTargets } from "./storyTargets";

/** Past this many nodes a graph is a corpus, not one report: the force layout reads better. */
export const STORY_MAX_NODES = 150;
/**
 * Past this many nodes the force layout gives way to the grouped one: at 5,000 nodes it takes
 * tens of seconds (11 s in Node) where the grouped layout takes two. A force layout asked for by
 * name still runs.
 */
export const GROUPED_PAST_NODES = 1500;

/** What lays out a graph the story cannot tell: the force layout, or past its size the grouped one. */
export function storyFallback(nodeCount: number): LayoutStrategy {
  return nodeCount > GROUPED_PAST_NODES ? groupedLayout : forceLayout;
}
/** The orders of the meetings tried: the best three by how they keep shared things together. */
const ORDERS = 3;
const LEASH = 200;
/** How far beyond the ring of meetings anything may go. */
const BOUND = 300;
/** How much a node that is not pinned minds straying from its place in the story. */
const STIFFNESS = 0.6;

function refinements(input: LayoutInput, roles: StoryRoles) {
  const core = storyCore(input);
  const feet = new Map(
    input.nodes.map((n) => [
      n.id,
      footprint(n.label, KINDS[n.kind].size, core.has(n.id) ? LABEL_FONT.core : LABEL_FONT.rest),
    ]),
  );
  const counterparts = [...roles.counterparts.values()].flat();
  const states = counterparts.flatMap((w) => roles.represents.get(w) ?? []);
  // The story's spokes stay where the story put them: the host, the meetings, who met the host
  // there and the state they represent, each on their meeting's ray.
  const pinned = new Set([roles.host, ...roles.meetings, ...counterparts, ...states]);
  const segments = input.edges.filter((e) => e.source !== e.target);
  const tries = bestOrders(input, roles, ORDERS).map((order) => () => {
    const story = storyTargets(input, roles, order);
    clearRays(story.at, roles, feet);
    return refineStory({
      targets: story.at,
      pinned,
      stiffness: STIFFNESS,
      segments,
      feet,
      leash: LEASH,
      scale: story.ring,
      bound: story.ring + BOUND,
    });
  });
  // One step per node that moves, per round; at least one, for a picture with none to move.
  const perTry = Math.max(1, SWEEPS * input.nodes.filter((n) => !pinned.has(n.id)).length);
  return { tries, feet, pinned, perTry };
}

/**
 * The story layout: the host at the centre, the meetings around, each counterpart and their state
 * outward on their meeting's ray (storyTargets, storyRays), then every other node moved, one at a
 * time, to the place where it crosses least, covers no label and stays near its place in the story
 * (storyRefine), for the three best orders of the meetings round the ring; the picture with the
 * fewest crossings wins. Falls back to the force layout for a graph without meetings, or one too
 * large to be one report, and to the grouped layout for a graph of thousands (storyFallback).
 * Deterministic without a seed: the seed only matters to the fallback.
 */
export const storyLayout: LayoutStrategy = {
  name: "story",
  start(input: LayoutInput, seed: number): LayoutRun {
    const roles = input.nodes.length <= STORY_MAX_NODES ? storyRoles(input) : undefined;
    if (!roles) return storyFallback(input.nodes.length).start(input, seed);
    const { tries, feet, pinned, perTry } = refinements(input, roles);
    let current: Refinement | undefined;
    let done = 0;
    let best: { score: number; at: Map<string, Point> } | undefined;
    let finished: Map<string, Point> | undefined;
    const total = tries.length * perTry;
    return {
      total,
      step(steps) {
        let left = steps;
        while (left > 0 && done < total) {
          const index = Math.floor(done / perTry);
          current ??= tries[index]?.();
          if (!current) break;
          const before = done - index * perTry;
          const after = current.advance(left);
          left -= Math.max(1, after - before);
          done = index * perTry + after;
          if (after >= current.total) {
            const score = current.score();
            if (!best || score < best.score) best = { score, at: current.positions() };
            current = undefined;
            done = (index + 1) * perTry;
          }
        }
        return done;
      },
      positions() {
        const refined = best?.at ?? current?.positions() ?? new Map<string, Point>();
        // A safety net: the refinement leaves no label covered when it can help it.
        if (done >= total) finished ??= separateLabels(new Map(refined), feet, pinned);
        const at = finished ?? refined;
        return new Map([...at].map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));
      },
    };
  },
};
