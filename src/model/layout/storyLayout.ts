import { KINDS } from "../graph/kinds";
import { countCrossings } from "./crossings";
import { forceLayout } from "./forceLayout";
import { footprint, LABEL_FONT } from "./labelBox";
import type { LayoutInput, LayoutRun, LayoutStrategy, Point } from "./layout";
import { mulberry32 } from "./random";
import { separateLabels } from "./separateLabels";
import { clearRays } from "./storyRays";
import { refineStory, type Refinement } from "./storyRefine";
import { storyCore, storyRoles, type StoryRoles } from "./storyRoles";
import { bestOrders, storyTargets } from "./storyTargets";

/** Past this many nodes a graph is a corpus, not one report: the force layout reads better. */
export const STORY_MAX_NODES = 150;
/** The orders of the meetings tried (the best two by how they keep shared things together), and seeds. */
// eslint-disable-next-line
const ENV = (globalThis as any).process?.env ?? {};
const ORDERS = Number(ENV.XORD ?? 2);
const SEEDS = Number(ENV.XSEED ?? 1);
/** Enough moves for every node of a report to find its place, several hundred each. */
const REFINE_STEPS = Number(ENV.XSTEPS ?? 25_000);
const LEASH = Number(ENV.XLEASH ?? 200);
/** How far beyond the ring of meetings anything may go. */
const BOUND = Number(ENV.XBOUND ?? 330);
/** How much a node minds straying from its place: the counterparts' states most. */
const STIFFNESS = { bones: Number(ENV.XBONES ?? 3), rest: Number(ENV.XREST ?? 0.6) } as const;

function refinements(input: LayoutInput, roles: StoryRoles, seed: number) {
  const core = storyCore(input);
  const feet = new Map(
    input.nodes.map((n) => [
      n.id,
      footprint(n.label, KINDS[n.kind].size, core.has(n.id) ? LABEL_FONT.core : LABEL_FONT.rest),
    ]),
  );
  const counterparts = [...roles.counterparts.values()].flat();
  const bones = new Set(counterparts.flatMap((w) => roles.represents.get(w) ?? []));
  const stiffness = new Map(
    input.nodes.map((n) => [n.id, bones.has(n.id) ? STIFFNESS.bones : STIFFNESS.rest]),
  );
  const segments = input.edges.filter((e) => e.source !== e.target);
  const tries = bestOrders(input, roles, ORDERS).flatMap((order) =>
    Array.from({ length: SEEDS }, (_, k) => () => {
      const story = storyTargets(input, roles, order);
      clearRays(story.at, roles, feet);
      return refineStory({
        targets: story.at,
        // The host, the meetings and who met the host there are the story itself: they stay.
        pinned: new Set([roles.host, ...roles.meetings, ...counterparts, ...(ENV.XPINS ? bones : [])]),
        stiffness,
        segments,
        feet,
        leash: LEASH,
        scale: story.ring,
        bound: story.ring + BOUND,
        random: mulberry32(seed + k), plain: k === 0,
        steps: REFINE_STEPS,
      });
    }),
  );
  return { tries, feet };
}

/**
 * The story layout: the host at the centre, the meetings around, each counterpart and their state
 * beside their meeting (storyTargets), then every other node moved about until it crosses little,
 * covers no label and stays near its place in the story (storyRefine), for a few orders of the
 * meetings round the ring; the picture with the fewest crossings wins. Falls back to the force
 * layout for a graph without meetings, or one too large to be one report.
 */
export const storyLayout: LayoutStrategy = {
  name: "story",
  start(input: LayoutInput, seed: number): LayoutRun {
    const roles = input.nodes.length <= STORY_MAX_NODES ? storyRoles(input) : undefined;
    if (!roles) return forceLayout.start(input, seed);
    const { tries, feet } = refinements(input, roles, seed);
    const fixed = new Set([roles.host, ...roles.meetings, ...[...roles.counterparts.values()].flat()]);
    let current: Refinement | undefined;
    let done = 0;
    let best: { score: number; at: Map<string, Point> } | undefined;
    let finished: Map<string, Point> | undefined;
    const total = tries.length * REFINE_STEPS;
    return {
      total,
      step(steps) {
        let left = steps;
        while (left > 0 && done < total) {
          const index = Math.floor(done / REFINE_STEPS);
          current ??= tries[index]?.();
          if (!current) break;
          const before = done - index * REFINE_STEPS;
          const after = current.advance(left);
          left -= after - before;
          done = index * REFINE_STEPS + after;
          if (after === REFINE_STEPS) {
            const score = current.score();
            if (ENV.XDBG) console.log("try", index, "score", score);
            if (!best || score < best.score) best = { score, at: current.positions() };
            current = undefined;
          }
        }
        return done;
      },
      positions() {
        const refined = best?.at ?? current?.positions() ?? new Map<string, Point>();
        if (done >= total) finished ??= separateLabels(new Map(refined), feet, fixed);
        if (ENV.XDBG) {
          const segs = input.edges.filter((e) => e.source !== e.target);
          const r = (m: ReadonlyMap<string, Point>) => (id: string) => { const p = m.get(id) ?? { x: 0, y: 0 }; return { x: Math.round(p.x), y: Math.round(p.y) }; };
          console.log("refined", countCrossings(segs, (id) => refined.get(id) ?? { x: 0, y: 0 }), "rounded", countCrossings(segs, r(refined)), "separated", countCrossings(segs, r(finished ?? refined)));
        }
        const at = finished ?? refined;
        return new Map([...at].map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));
      },
    };
  },
};
