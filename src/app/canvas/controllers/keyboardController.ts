import type { EdgeSingular, NodeSingular } from "cytoscape";
import { KINDS } from "../../../model/graph/kinds";
import { relationText } from "../../../model/graph/relationSentence";
import { nearestInDirection, type Direction } from "../nearestInDirection";
import { fitShown, ZOOM_STEP, zoomBy } from "../framing";
import { holdRelations, relationsShown } from "../presence";
import type { CanvasDeps } from "./canvasDeps";

/** What the keyboard holds in a large graph's picture (presence.ts). */
const HOLDER = "keyboard";

const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/**
 * Everything the mouse does on the canvas, from the keyboard: arrows move a focus ring to the
 * nearest shown node in that direction, R steps the ring through that node's relations (Shift+R
 * back), Enter or Space selects what the ring is on, + and - zoom, 0 fits the picture (Escape,
 * which clears the selection, is handled for the whole page). What the ring is on is announced.
 */
export function attachKeyboardController(
  { cy, store, index, reducedMotion }: CanvasDeps,
  container: HTMLElement,
): () => void {
  let current: NodeSingular | undefined;
  /** The relation the ring is on, one of `current`'s; none while it is on the node itself. */
  let relation: EdgeSingular | undefined;

  const describe = (node: NodeSingular) => {
    const data = index.node(node.id());
    if (!data) return node.id();
    const relations = relationsShown(cy, node).length;
    const role = data.role ? `, ${data.role}` : "";
    return `${data.label}, ${KINDS[data.kind].singular.toLowerCase()}${role}, ${relations} relations shown. Enter selects, R goes through its relations.`;
  };

  const ring = (element: NodeSingular | EdgeSingular) => {
    cy.batch(() => {
      cy.elements(".keyboard").removeClass("keyboard");
      element.addClass("keyboard");
    });
  };

  const moveTo = (node: NodeSingular) => {
    holdRelations(cy, HOLDER, []);
    ring(node);
    current = node;
    relation = undefined;
    const view = cy.extent();
    const { x, y } = node.position();
    if (x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2) {
      if (reducedMotion()) cy.center(node);
      else cy.animate({ center: { eles: node } }, { duration: 200 });
    }
    store.getState().announce(describe(node));
  };

  /** The next (or previous) shown relation of the ring's node, in a fixed order; back to the node after the last. */
  const stepRelation = (by: 1 | -1) => {
    if (!current) return;
    const relations = relationsShown(cy, current)
      .sort((a, b) => (a.id() < b.id() ? -1 : 1))
      .toArray();
    if (relations.length === 0) {
      store.getState().announce("No relations shown for this node.");
      return;
    }
    const ringed = relation;
    const at = ringed ? relations.findIndex((e) => e.same(ringed)) : -1;
    const nextAt = at === -1 && by === -1 ? relations.length - 1 : at + by;
    const next = relations[nextAt];
    if (!next?.isEdge()) {
      moveTo(current);
      return;
    }
    // Zoomed out, a large graph draws no relation (presence.ts): the ring's are drawn while it is on them.
    holdRelations(
      cy,
      HOLDER,
      relations.map((e) => e.id()),
    );
    ring(next);
    relation = next;
    const data = index.edge(next.id());
    const text = data ? relationText(data, (id) => index.node(id)) : next.id();
    store
      .getState()
      .announce(`${text}. Relation ${nextAt + 1} of ${relations.length}. Enter selects.`);
  };

  /** Where the ring starts: the selection, else the node nearest the middle of the view. */
  const start = (): NodeSingular | undefined => {
    const selected = store.getState().node;
    const shown = cy.nodes(":visible");
    const chosen = selected ? shown.getElementById(selected) : undefined;
    if (chosen && chosen.nonempty()) return chosen;
    const view = cy.extent();
    const middle = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
    let best: NodeSingular | undefined;
    let bestDistance = Infinity;
    shown.forEach((node) => {
      const p = node.position();
      const d = Math.hypot(p.x - middle.x, p.y - middle.y);
      if (d < bestDistance) {
        best = node;
        bestDistance = d;
      }
    });
    return best;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const from = current?.visible() ? current : undefined;
      if (!from) {
        const first = start();
        if (first) moveTo(first);
        return;
      }
      const placed = cy.nodes(":visible").map((n) => ({ id: n.id(), ...n.renderedPosition() }));
      const next = nearestInDirection(
        { id: from.id(), ...from.renderedPosition() },
        placed,
        direction,
      );
      if (next) moveTo(cy.getElementById(next.id));
      else store.getState().announce(`No node further ${direction}.`);
    } else if (event.key === "r" || event.key === "R") {
      event.preventDefault();
      if (!current?.visible()) {
        const first = start();
        if (first) moveTo(first);
      }
      stepRelation(event.shiftKey ? -1 : 1);
    } else if ((event.key === "Enter" || event.key === " ") && relation) {
      event.preventDefault();
      store.getState().selectEdge(relation.id());
    } else if ((event.key === "Enter" || event.key === " ") && current) {
      event.preventDefault();
      store.getState().selectNode(current.id());
    } else if (event.key === "+" || event.key === "=") {
      event.preventDefault();
      zoomBy(cy, ZOOM_STEP, false);
    } else if (event.key === "-") {
      event.preventDefault();
      zoomBy(cy, 1 / ZOOM_STEP, false);
    } else if (event.key === "0") {
      event.preventDefault();
      fitShown(cy, false);
    }
  };

  const onFocus = () => {
    const first = current?.visible() ? current : start();
    if (first) moveTo(first);
  };
  const onBlur = () => {
    cy.elements(".keyboard").removeClass("keyboard");
    holdRelations(cy, HOLDER, []);
  };

  container.addEventListener("keydown", onKeyDown);
  container.addEventListener("focus", onFocus);
  container.addEventListener("blur", onBlur);
  return () => {
    container.removeEventListener("keydown", onKeyDown);
    container.removeEventListener("focus", onFocus);
    container.removeEventListener("blur", onBlur);
  };
}
