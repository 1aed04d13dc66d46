import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { everyElement, everyNode, keepEveryElement, placeShown } from "./presence";

/** a–b–c in a row, and a relation a–c. */
function picture(): Core {
  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: "a" }, position: { x: 0, y: 0 } },
      { data: { id: "b" }, position: { x: 10, y: 0 }, classes: "core" },
      { data: { id: "c" }, position: { x: 20, y: 0 } },
      { data: { id: "ab", source: "a", target: "b" } },
      { data: { id: "bc", source: "b", target: "c" } },
      { data: { id: "ac", source: "a", target: "c" } },
    ],
  });
  keepEveryElement(cy);
  return cy;
}

const edgesOf = (cy: Core) => (id: string) =>
  everyElement(cy)
    .edges()
    .filter((e) => e.data("source") === id || e.data("target") === id)
    .map((e) => e.id());

const drawn = (cy: Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();

const all = { nodes: ["a", "b", "c"], edges: ["ab", "bc", "ac"] };

describe("a picture that holds only what is shown", () => {
  it("takes a hidden node out with its relations, and brings both back", () => {
    const cy = picture();
    const shownBut = (out: string[]) => ({
      node: (id: string) => !out.includes(id),
      edge: () => true,
    });
    placeShown(cy, all, shownBut(["b"]), edgesOf(cy));
    expect(drawn(cy)).toEqual(["a", "ac", "c"]);
    // Only b is looked at: its relations come back with it.
    placeShown(cy, { nodes: ["b"], edges: [] }, shownBut([]), edgesOf(cy));
    expect(drawn(cy)).toEqual(["a", "ab", "ac", "b", "bc", "c"]);
  });

  it("leaves out a relation the filters hide between two nodes that stay", () => {
    const cy = picture();
    placeShown(cy, all, { node: () => true, edge: (id) => id !== "ac" }, edgesOf(cy));
    expect(drawn(cy)).toEqual(["a", "ab", "b", "bc", "c"]);
  });

  it("never brings back a relation whose end is out, even when the relation itself is shown", () => {
    const cy = picture();
    placeShown(cy, all, { node: (id) => id !== "c", edge: () => true }, edgesOf(cy));
    placeShown(
      cy,
      { nodes: [], edges: ["bc", "ac"] },
      { node: (id) => id !== "c", edge: () => true },
      edgesOf(cy),
    );
    expect(drawn(cy)).toEqual(["a", "ab", "b"]);
  });

  it("keeps what a removed node was: its classes and its position, and counts it among every node", () => {
    const cy = picture();
    placeShown(cy, all, { node: (id) => id !== "b", edge: () => true }, edgesOf(cy));
    expect(everyNode(cy).map((n) => n.id())).toEqual(["a", "b", "c"]);
    const b = everyNode(cy).getElementById("b");
    expect(b.removed()).toBe(true);
    b.position({ x: 99, y: 1 });
    placeShown(cy, all, { node: () => true, edge: () => true }, edgesOf(cy));
    expect(cy.getElementById("b").hasClass("core")).toBe(true);
    expect(cy.getElementById("b").position()).toEqual({ x: 99, y: 1 });
  });
});
