import type { Core } from "cytoscape";
import type { VisibleSet } from "../../../model/explore/filter";
import type { GraphIndex } from "../../../model/graph/graphIndex";
import { filteredFor, overlayFor } from "../../state/derived";
import type { ExplorerState } from "../../state/store";
import { frameView } from "../framing";
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

/** Hides and shows, in one batch, those of `candidates` whose membership changed. */
function apply(
  cy: Core,
  next: Shown,
  before: Shown | null,
  candidates: Record<Group, Iterable<string>>,
) {
  cy.batch(() => {
    for (const group of ["nodes", "edges"] as const) {
      for (const id of candidates[group]) {
        const now = has(next, group, id);
        if (now !== (before ? has(before, group, id) : true)) {
          cy.getElementById(id).toggleClass("hidden", !now);
        }
      }
    }
  });
}

const framing: (keyof ExplorerState)[] = [
  "topics",
  "topicMatch",
  "hiddenKinds",
  "hiddenRelations",
  "minSources",
  "hiddenSources",
  "hiddenPublishers",
  "dates",
  "focus",
  "depth",
  "pathFrom",
  "pathTo",
];

/**
 * Shows what the filters, the focus, the selection and the connection leave in view, as classes;
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
  let current = shownOf(index, store.getState());
  apply(cy, current, null, everything);
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
    apply(cy, next, current, candidates);
    current = next;
    if (framing.some((key) => state[key] !== previous[key]))
      frameView(cy, index, state, !reducedMotion());
  });
}
