import type { Core } from "cytoscape";
import type { VisibleSet } from "../../../model/explore/filter";
import type { GraphIndex } from "../../../model/graph/graphIndex";
import { FILTERED_BY, filteredFor, overlayFor } from "../../state/derived";
import type { ExplorerState } from "../../state/store";
import { frameView } from "../framing";
import { keepsEveryElement, placeShown } from "../presence";
import type { CanvasDeps } from "./canvasDeps";

type Group = keyof VisibleSet;

/** What is shown: the filtered picture, and what the selection adds over it. */
interface Shown {
  base: VisibleSet;
  overlay: VisibleSet;
}
const has = (shown: Shown, group: Group, id: string) =>
  shown.base[group].has(id) || shown.overlay[group].has(id);

function shownOf(index: GraphIndex, state: ExplorerState): Shown {
  return { base: filteredFor(index, state), overlay: overlayFor(index, state) };
}

/**
 * Hides and shows, in one batch, those of `candidates` whose drawing changes, by the `hidden` class.
 * Relations always get it: Cytoscape's bezier routing fails on a relation left displayed between
 * hidden nodes.
 */
function applyClasses(cy: Core, next: Shown, candidates: Record<Group, Iterable<string>>) {
  cy.batch(() => {
    const changed: string[] = [];
    for (const id of candidates.nodes) {
      const node = cy.getElementById(id);
      const hide = !has(next, "nodes", id);
      if (node.hasClass("hidden") !== hide) {
        node.toggleClass("hidden", hide);
        changed.push(id);
      }
    }
    const edges = new Set(candidates.edges);
    for (const id of changed)
      cy.getElementById(id)
        .connectedEdges()
        .forEach((e) => void edges.add(e.id()));
    for (const id of edges) {
      const edge = cy.getElementById(id);
      if (edge.empty()) continue;
      const hide = !has(next, "edges", id);
      if (edge.hasClass("hidden") !== hide) edge.toggleClass("hidden", hide);
    }
  });
}

const framing: (keyof ExplorerState)[] = [...FILTERED_BY, "pathFrom", "pathTo"];

/**
 * Shows what the filters, the focus, the selection and the connection leave in view;
 * filtering hides rather than fades (positions stay, so the picture keeps its shape), and a change
 * of filter, focus or connection frames what is left. Only a change of filter or focus looks at the
 * whole graph; a click looks at the few elements the selection adds or leaves.
 */
export function attachVisibilityController({
  cy,
  store,
  index,
  reducedMotion,
}: Pick<CanvasDeps, "cy" | "store" | "index" | "reducedMotion">): () => void {
  const everything = {
    nodes: index.graph.nodes.map((n) => n.id),
    edges: index.graph.edges.map((e) => e.id),
  };
  // A large graph's picture holds only what is shown (presence.ts); a small one hides by class.
  const apply = keepsEveryElement(cy)
    ? (next: Shown, candidates: Record<Group, Iterable<string>>) => {
        placeShown(cy, candidates, {
          node: (id) => has(next, "nodes", id),
          edge: (id) => has(next, "edges", id),
        });
      }
    : (next: Shown, candidates: Record<Group, Iterable<string>>) => {
        applyClasses(cy, next, candidates);
      };
  let current = shownOf(index, store.getState());
  apply(current, everything);
  frameView(cy, index, store.getState(), false);
  return store.subscribe((state, previous) => {
    const next = shownOf(index, state);
    if (next.base === current.base && next.overlay === current.overlay) return;
    const candidates =
      next.base === current.base
        ? {
            nodes: new Set([...current.overlay.nodes, ...next.overlay.nodes]),
            edges: new Set([...current.overlay.edges, ...next.overlay.edges]),
          }
        : everything;
    apply(next, candidates);
    current = next;
    if (framing.some((key) => state[key] !== previous[key]))
      frameView(cy, index, state, !reducedMotion());
  });
}
