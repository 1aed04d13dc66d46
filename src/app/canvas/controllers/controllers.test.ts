import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import graphJson from "../../../../data/graph.json";
import { indexGraph } from "../../../model/graph/graphIndex";
import { GraphSchema } from "../../../model/graph/schema";
import { createExplorerStore, type ExplorerStore } from "../../state/store";
import { toElements } from "../elements";
import type { CanvasDeps } from "./canvasDeps";
import { attachPathController } from "./pathController";
import { attachSelectionController } from "./selectionController";
import { attachTapController } from "./tapController";
import { attachVisibilityController } from "./visibilityController";

const index = indexGraph(GraphSchema.parse(graphJson));
const detachers: (() => void)[] = [];

/** The seed graph on a headless Cytoscape, its own store, and the controller under test. */
function canvas(...attach: ((deps: CanvasDeps) => () => void)[]): {
  cy: Core;
  store: ExplorerStore;
} {
  const cy = cytoscape({
    headless: true,
    elements: toElements(
      index.graph,
      new Map(index.graph.nodes.map((n) => [n.id, n.position ?? { x: 0, y: 0 }])),
    ),
  });
  const store = createExplorerStore();
  const deps: CanvasDeps = { cy, store, index, reducedMotion: () => true };
  for (const a of attach) detachers.push(a(deps));
  detachers.push(() => {
    cy.destroy();
  });
  return { cy, store };
}
/** What the canvas shows: its contract is the `hidden` class, which the stylesheet draws as none. */
const shown = (cy: Core) =>
  cy
    .nodes()
    .filter((n) => !n.hasClass("hidden"))
    .map((n) => n.id())
    .sort();

afterEach(() => {
  for (const detach of detachers.splice(0)) detach();
});

describe("the selection controller, for a sentence chosen on its own", () => {
  it("marks what the sentence states and whom it names, and fades the rest", () => {
    const { cy, store } = canvas(attachSelectionController);
    const sentence = index.graph.passages.find((p) => p.number === 16);
    if (!sentence) throw new Error("the seed has no sentence 16");
    const stated = index.edgesStatedIn(sentence.id);
    expect(stated.length).toBeGreaterThan(0);
    store.getState().selectPassage(sentence.id);
    for (const edge of stated) {
      expect(cy.getElementById(edge.id).hasClass("selected")).toBe(true);
      expect(cy.getElementById(edge.source).hasClass("end")).toBe(true);
    }
    expect(cy.getElementById("karis").hasClass("faded")).toBe(true);
    store.getState().clearSelection();
    expect(cy.elements(".selected, .faded").length).toBe(0);
  });
});

describe("the visibility controller", () => {
  it("hides what a topic filter leaves out, and shows it all again when cleared", () => {
    const { cy, store } = canvas(attachVisibilityController);
    expect(shown(cy)).toHaveLength(index.graph.nodes.length);
    store.getState().toggleTopic("visas");
    expect(shown(cy)).toEqual(["iran", "kazakhstan", "meeting-iran", "raisi", "tokayev", "visas"]);
    store.getState().clearFilters();
    expect(shown(cy)).toHaveLength(index.graph.nodes.length);
  });

  it("shows a selection the filter hides, and hides it again once it is let go", () => {
    const { cy, store } = canvas(attachVisibilityController);
    store.getState().toggleTopic("visas");
    store.getState().selectNode("estonia");
    expect(shown(cy)).toContain("estonia");
    store.getState().selectEdge("astana.street_named_after.petofi");
    expect(shown(cy)).not.toContain("estonia");
    expect(shown(cy)).toEqual(expect.arrayContaining(["astana", "petofi"]));
    expect(cy.getElementById("astana.street_named_after.petofi").hasClass("hidden")).toBe(false);
    store.getState().clearSelection();
    expect(shown(cy)).not.toContain("astana");
  });

  it("narrows to a focus", () => {
    const { cy, store } = canvas(attachVisibilityController);
    store.getState().focusOn("karis");
    expect(shown(cy)).toEqual(["estonia", "karis", "meeting-estonia", "tokayev"]);
  });
});

describe("the selection controller", () => {
  it("marks the selected node and its relations, then moves the marks to the next selection", () => {
    const { cy, store } = canvas(attachSelectionController);
    store.getState().selectNode("raisi");
    expect(cy.getElementById("raisi").hasClass("selected")).toBe(true);
    expect(cy.getElementById("raisi.heads.iran").hasClass("neighbour")).toBe(true);
    store.getState().selectEdge("karis.heads.estonia");
    expect(cy.getElementById("raisi").hasClass("selected")).toBe(false);
    expect(cy.getElementById("raisi.heads.iran").hasClass("neighbour")).toBe(false);
    expect(cy.getElementById("estonia").hasClass("end")).toBe(true);
  });
});

describe("the view goes where the reader looks", () => {
  const faded = (cy: Core) =>
    cy
      .nodes(".faded")
      .map((n) => n.id())
      .sort();

  it("fades what lies outside a selection's neighbourhood, and nothing once it is cleared", () => {
    const { cy, store } = canvas(attachVisibilityController, attachSelectionController);
    store.getState().selectNode("karis");
    const near = ["estonia", "karis", "meeting-estonia", "tokayev"];
    expect(faded(cy)).toEqual(
      index.graph.nodes
        .map((n) => n.id)
        .filter((id) => !near.includes(id))
        .sort(),
    );
    expect(cy.getElementById("karis.heads.estonia").hasClass("faded")).toBe(false);
    store.getState().selectNode("raisi");
    expect(cy.getElementById("karis").hasClass("faded")).toBe(true);
    expect(cy.getElementById("iran").hasClass("faded")).toBe(false);
    store.getState().clearSelection();
    expect(cy.elements(".faded")).toHaveLength(0);
  });
});

describe("the tap controller", () => {
  it("selects what is tapped, and clears on a tap of the background", () => {
    const { cy, store } = canvas(attachTapController);
    cy.getElementById("niinisto").emit("tap");
    expect(store.getState().node).toBe("niinisto");
    cy.getElementById("niinisto.heads.finland").emit("tap");
    expect(store.getState()).toMatchObject({ node: null, edge: "niinisto.heads.finland" });
    cy.emit("tap");
    expect(store.getState()).toMatchObject({ node: null, edge: null });
  });
});

describe("the path controller", () => {
  it("puts the connection's steps forward and the rest back, and undoes it when closed", () => {
    const { cy, store } = canvas(attachPathController);
    store.getState().showPath("orban", "iran");
    expect(cy.getElementById("orban").hasClass("on-path")).toBe(true);
    expect(cy.getElementById("iran").hasClass("on-path")).toBe(true);
    expect(cy.getElementById("finland").hasClass("off-path")).toBe(true);
    store.getState().clearPath();
    expect(cy.elements(".on-path, .off-path")).toHaveLength(0);
  });
});
