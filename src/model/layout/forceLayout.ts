import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { LayoutInput, LayoutRun, LayoutStrategy, Point } from "./layout";
import { mulberry32 } from "./random";

const SPIRAL_STEP = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/** Enough steps for an article's graph to settle; larger graphs get fewer, each step costing more. */
export function forceSteps(nodeCount: number): number {
  return Math.max(60, Math.min(300, Math.round(60_000 / Math.max(nodeCount, 1))));
}

/**
 * A force-directed layout (d3-force): ties pull, nodes push apart, each node's label length sets its
 * room so labels do not pile up, and gentle pulls to the middle favour a landscape picture, which
 * fits desktop screens. Nodes start on a phyllotaxis spiral in input order, each nudged by the seeded
 * random source (which d3 also uses to part nodes that meet), so the same graph and seed give the
 * same picture anywhere, and another seed another one. It cools within its steps.
 */
export const forceLayout: LayoutStrategy = {
  name: "force",
  start(input: LayoutInput, seed: number): LayoutRun {
    const total = forceSteps(input.nodes.length);
    const random = mulberry32(seed);
    const nodes: LayoutNode[] = input.nodes.map((n, i) => {
      const r = SPIRAL_STEP * Math.sqrt(0.5 + i);
      const angle = i * GOLDEN_ANGLE;
      return {
        id: n.id,
        radius: 18 + Math.min(n.label.length, 30) * 3,
        x: r * Math.cos(angle) + (random.next() - 0.5) * SPIRAL_STEP,
        y: r * Math.sin(angle) + (random.next() - 0.5) * SPIRAL_STEP,
      };
    });
    const ids = new Set(nodes.map((n) => n.id));
    const links: SimulationLinkDatum<LayoutNode>[] = input.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ source: e.source, target: e.target }));
    const simulation = forceSimulation(nodes)
      .randomSource(() => random.next())
      .alphaDecay(1 - Math.pow(0.001, 1 / total))
      .force(
        "link",
        forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
          .id((n) => n.id)
          .distance(70),
      )
      .force("charge", forceManyBody().strength(-1100).distanceMax(900))
      .force(
        "collide",
        forceCollide<LayoutNode>((n) => n.radius),
      )
      .force("x", forceX(0).strength(0.04))
      .force("y", forceY(0).strength(0.07))
      .stop();
    let taken = 0;
    return {
      total,
      step(steps) {
        const now = Math.min(steps, total - taken);
        if (now > 0) simulation.tick(now);
        taken += now;
        return taken;
      },
      positions: () =>
        new Map(
          nodes.map((n): [string, Point] => [
            n.id,
            { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) },
          ]),
        ),
    };
  },
};
