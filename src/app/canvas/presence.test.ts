import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import {
  drawRelationsOf,
  elementOf,
  everyNode,
  holdRelations,
  keepEveryElement,
  leaveOutRelations,
  placeShown,
  relationsShown,
  shownByFilters,
} from "./presence";

/** a–b–c in a row, and a relation a–c. */
function picture(byDetail = false): Core {
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
  keepEveryElement(cy, byDetail);
  return cy;
}

const drawn = (cy: Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();

const all = { nodes: ["a", "b", "c"], edges: ["ab", "bc", "ac"] };
const everything = { node: () => true, edge: () => true };
const but = (out: string[]) => ({ node: (id: string) => !out.includes(id), edge: () => true });

describe("a picture that holds only what the filters show", () => {
  it("takes a hidden node out with its relations, and brings both back", () => {
    const cy = picture();
    placeShown(cy, all, but(["b"]));
    expect(drawn(cy)).toEqual(["a", "ac", "c"]);
    // Only b is a candidate (a selection brought it back): its relations come back with it.
    placeShown(cy, { nodes: ["b"], edges: [] }, everything);
    expect(drawn(cy)).toEqual(["a", "ab", "ac", "b", "bc", "c"]);
  });

  it("leaves out a relation the filters hide between two nodes that stay", () => {
    const cy = picture();
    placeShown(cy, all, { node: () => true, edge: (id) => id !== "ac" });
    expect(drawn(cy)).toEqual(["a", "ab", "b", "bc", "c"]);
  });

  it("never brings back a relation whose end is out, even when the relation itself is shown", () => {
    const cy = picture();
    placeShown(cy, all, but(["c"]));
    placeShown(cy, { nodes: [], edges: ["bc", "ac"] }, but(["c"]));
    expect(drawn(cy)).toEqual(["a", "ab", "b"]);
  });

  it("keeps what a removed node was: its classes and its position, and counts it among every node", () => {
    const cy = picture();
    placeShown(cy, all, but(["b"]));
    expect(everyNode(cy).map((n) => n.id())).toEqual(["a", "b", "c"]);
    const b = everyNode(cy).getElementById("b");
    expect(b.removed()).toBe(true);
    b.position({ x: 99, y: 1 });
    placeShown(cy, all, everything);
    expect(cy.getElementById("b").hasClass("core")).toBe(true);
    expect(cy.getElementById("b").position()).toEqual({ x: 99, y: 1 });
  });
});

describe("a picture drawn by level of detail", () => {
  it("starts with the nodes alone, and draws the relations of the nodes it is asked to", () => {
    const cy = picture(true);
    expect(drawn(cy)).toEqual(["a", "b", "c"]);
    drawRelationsOf(cy, cy.getElementById("c"));
    expect(drawn(cy)).toEqual(["a", "ac", "b", "bc", "c"]);
    leaveOutRelations(cy);
    expect(drawn(cy)).toEqual(["a", "b", "c"]);
  });

  it("holds what is looked at whatever the zoom, until it is let go", () => {
    const cy = picture(true);
    holdRelations(cy, "selection", ["ab"]);
    holdRelations(cy, "keyboard", ["ab", "bc"]);
    expect(drawn(cy)).toEqual(["a", "ab", "b", "bc", "c"]);
    holdRelations(cy, "keyboard", []);
    // The selection still holds a–b.
    expect(drawn(cy)).toEqual(["a", "ab", "b", "c"]);
    holdRelations(cy, "selection", []);
    expect(drawn(cy)).toEqual(["a", "b", "c"]);
  });

  it("does not hold a relation the filters hide, and counts a node's relations the filters show", () => {
    const cy = picture(true);
    placeShown(cy, all, but(["c"]));
    holdRelations(cy, "selection", ["ab", "bc"]);
    expect(drawn(cy)).toEqual(["a", "ab", "b"]);
    const b = cy.getElementById("b");
    expect(relationsShown(cy, b).map((e) => e.id())).toEqual(["ab"]);
    placeShown(cy, all, everything);
    // Shown again, c's relations count, though the overview draws only those held.
    expect(
      relationsShown(cy, b)
        .map((e) => e.id())
        .sort(),
    ).toEqual(["ab", "bc"]);
    expect(drawn(cy)).toEqual(["a", "ab", "b", "bc", "c"]);
  });

  it("tells a relation the level of detail leaves out (shown) from one the filters took out", () => {
    const cy = picture(true);
    placeShown(cy, all, but(["c"]));
    const every = (id: string) => elementOf(cy, id);
    expect(every("ab").removed()).toBe(true);
    expect(shownByFilters(every("ab"))).toBe(true);
    expect(shownByFilters(every("bc"))).toBe(false);
    expect(shownByFilters(every("c"))).toBe(false);
    expect(shownByFilters(every("a"))).toBe(true);
  });
});
