import type {
  Collection,
  Core,
  EdgeCollection,
  NodeCollection,
  NodeSingular,
  SingularElementArgument,
  SingularElementReturnValue,
} from "cytoscape";

/**
 * A large graph's picture holds only what it draws. Cytoscape's cost per frame and per click grows
 * with every element it holds, drawn or not (each one's bounding box, style, place in the depth
 * order and hit test is looked at), and restyling thousands of elements by class is paid again in
 * the next frame. So what the filters hide is removed from the picture and restored when shown
 * again, and so are the relations the level of detail leaves out; the elements themselves, with
 * their classes and positions, are kept here. Measured at 5,000 nodes and 9,600 relations in
 * Chromium: hiding all but 100 nodes by class cost 120–330 ms before the next picture, removing
 * them 30 ms; a click cost 40 ms less with the relations out of the picture than with them hidden.
 *
 * A relation is in the picture when the filters show it and both its ends, and the level of detail
 * draws it or something holds it there (the selection's relations, the keyboard's, a path's).
 */
export interface FilterVerdict {
  node: (id: string) => boolean;
  edge: (id: string) => boolean;
}

interface PresenceState {
  every: Collection;
  edgesOf: Map<string, string[]>;
  verdict: FilterVerdict;
  /** The relations the level of detail draws; null when it draws them all. */
  detail: Set<string> | null;
  /** Relations held in the picture whatever the level of detail, by who holds them. */
  held: Map<string, ReadonlySet<string>>;
}

const KEY = "presence";
const ALL: FilterVerdict = { node: () => true, edge: () => true };

function stateOf(cy: Core): PresenceState | undefined {
  return cy.scratch(KEY) as PresenceState | undefined;
}

function required(cy: Core): PresenceState {
  const state = stateOf(cy);
  if (!state) throw new Error("the picture does not keep its elements (keepEveryElement)");
  return state;
}

/**
 * Keeps every element the picture is made with, so that removed ones can come back. By level of
 * detail, the picture starts as the overview: the nodes alone.
 */
export function keepEveryElement(cy: Core, byDetail: boolean): void {
  const every = cy.elements();
  const edgesOf = new Map<string, string[]>();
  every.edges().forEach((edge) => {
    for (const end of [edge.data("source") as string, edge.data("target") as string]) {
      const list = edgesOf.get(end);
      if (list) list.push(edge.id());
      else edgesOf.set(end, [edge.id()]);
    }
  });
  const state: PresenceState = {
    every,
    edgesOf,
    verdict: ALL,
    detail: byDetail ? new Set() : null,
    held: new Map(),
  };
  cy.scratch(KEY, state);
  if (byDetail) cy.batch(() => cy.edges().remove());
}

/** An element of the picture by id, drawn or removed (a small graph's: drawn, or none). */
export function elementOf(cy: Core, id: string): SingularElementReturnValue {
  return (stateOf(cy)?.every ?? cy).getElementById(id);
}

/**
 * Whether the filters show an element: drawn and displayed, or (in a large graph) out of the
 * picture although the filters show it, as a relation the level of detail leaves out is.
 */
export function shownByFilters(ele: SingularElementArgument): boolean {
  if (!ele.removed()) return ele.visible();
  const state = stateOf(ele.cy());
  if (!state) return false;
  return ele.isNode() ? state.verdict.node(ele.id()) : filtersShowEdge(state, ele);
}

/** Whether the picture holds only what it draws (a large graph's does). */
export const keepsEveryElement = (cy: Core): boolean => stateOf(cy) !== undefined;

/** Every element of the picture, drawn or removed (only the drawn ones of a small graph). */
export function everyElement(cy: Core): Collection {
  return stateOf(cy)?.every ?? cy.elements();
}

/** Every node of the picture, drawn or removed. */
export function everyNode(cy: Core): NodeCollection {
  return everyElement(cy).nodes();
}

const isHeld = (state: PresenceState, id: string) => {
  for (const ids of state.held.values()) if (ids.has(id)) return true;
  return false;
};

/** Whether the filters show a relation: it, and both its ends. */
function filtersShowEdge(state: PresenceState, edge: SingularElementArgument): boolean {
  const { verdict } = state;
  return (
    verdict.edge(edge.id()) &&
    verdict.node(edge.data("source") as string) &&
    verdict.node(edge.data("target") as string)
  );
}

function edgeBelongs(state: PresenceState, edge: SingularElementReturnValue): boolean {
  const id = edge.id();
  const { detail } = state;
  return filtersShowEdge(state, edge) && (detail === null || detail.has(id) || isHeld(state, id));
}

/** Removes and restores those of the candidates whose place changes, in one batch. */
function reconcile(
  cy: Core,
  state: PresenceState,
  candidates: { nodes?: Iterable<string>; edges?: Iterable<string> },
): void {
  const leave = cy.collection();
  const back = cy.collection();
  /** Whether an element moves in or out; if so, it is put with those that do. */
  const moves = (ele: SingularElementReturnValue, belongs: boolean) => {
    if (belongs !== ele.removed()) return false;
    (belongs ? back : leave).merge(ele);
    return true;
  };
  const edges = new Set(candidates.edges ?? []);
  for (const id of candidates.nodes ?? []) {
    const node = state.every.getElementById(id);
    if (node.nonempty() && moves(node, state.verdict.node(id))) {
      for (const e of state.edgesOf.get(id) ?? []) edges.add(e);
    }
  }
  for (const id of edges) {
    const edge = state.every.getElementById(id);
    if (edge.nonempty()) moves(edge, edgeBelongs(state, edge));
  }
  if (leave.empty() && back.empty()) return;
  cy.batch(() => {
    // Relations first: removing a node would take its relations along.
    leave.edges().remove();
    leave.nodes().remove();
    back.nodes().restore();
    back.edges().restore();
  });
}

/** The filters' verdict: the candidates it hides leave the picture, those it shows come back. */
export function placeShown(
  cy: Core,
  candidates: { nodes: Iterable<string>; edges: Iterable<string> },
  verdict: FilterVerdict,
): void {
  const state = required(cy);
  state.verdict = verdict;
  reconcile(cy, state, candidates);
}

/** The level of detail draws the relations of these nodes too (those the filters show). */
export function drawRelationsOf(cy: Core, nodes: NodeCollection): void {
  const state = required(cy);
  const { detail } = state;
  if (!detail) return;
  const added: string[] = [];
  nodes.forEach((node) => {
    for (const id of state.edgesOf.get(node.id()) ?? []) {
      if (!detail.has(id)) {
        detail.add(id);
        added.push(id);
      }
    }
  });
  reconcile(cy, state, { edges: added });
}

/** The level of detail draws no relation (but those held). */
export function leaveOutRelations(cy: Core): void {
  const state = required(cy);
  if (!state.detail || state.detail.size === 0) return;
  const drawn = state.detail;
  state.detail = new Set();
  reconcile(cy, state, { edges: drawn });
}

/**
 * Holds these relations in the picture for `holder` (the selection, the keyboard, a path),
 * replacing what it held before; a small graph's picture holds every relation already.
 */
export function holdRelations(cy: Core, holder: string, ids: Iterable<string>): void {
  const state = stateOf(cy);
  if (!state) return;
  const before = state.held.get(holder) ?? new Set<string>();
  const now = new Set(ids);
  state.held.set(holder, now);
  reconcile(cy, state, { edges: [...before, ...now] });
}

/**
 * A node's relations that the filters show, whether or not the level of detail draws them now; in
 * a small graph, those displayed.
 */
export function relationsShown(cy: Core, node: NodeSingular): EdgeCollection {
  const state = stateOf(cy);
  if (!state) return node.connectedEdges(":visible");
  const edges = cy.collection();
  for (const id of state.edgesOf.get(node.id()) ?? []) edges.merge(state.every.getElementById(id));
  return edges.edges().filter((edge) => filtersShowEdge(state, edge));
}
