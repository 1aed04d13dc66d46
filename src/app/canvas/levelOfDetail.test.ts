import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import {
  DETAIL_PAST_NODES,
  drawsByDetail,
  FAR,
  grown,
  inside,
  RELATIONS_FROM_ZOOM,
  relationsDrawnAt,
  shownByFilters,
  startFar,
} from "./levelOfDetail";

describe("level of detail", () => {
  it("applies past its size only", () => {
    expect(drawsByDetail(DETAIL_PAST_NODES)).toBe(false);
    expect(drawsByDetail(DETAIL_PAST_NODES + 1)).toBe(true);
  });

  it("draws relations from a zoom on, not in the overview", () => {
    expect(relationsDrawnAt(RELATIONS_FROM_ZOOM / 2)).toBe(false);
    expect(relationsDrawnAt(RELATIONS_FROM_ZOOM)).toBe(true);
  });

  it("looks a little beyond the screen", () => {
    const around = grown({ x1: 0, y1: 0, x2: 100, y2: 40 });
    expect(around).toEqual({ x1: -25, y1: -10, x2: 125, y2: 50 });
    expect(inside({ x: 110, y: 45 }, around)).toBe(true);
    expect(inside({ x: 130, y: 0 }, around)).toBe(false);
  });

  it("starts with every relation left out and every node drawn, their classes kept", () => {
    const [node, edge] = startFar([
      { group: "nodes", data: { id: "a" }, classes: "leader core" },
      { group: "edges", data: { id: "e", source: "a", target: "a" }, classes: "heads" },
    ]);
    expect(node?.classes).toBe("leader core");
    expect(edge?.classes).toEqual(["heads", FAR]);
  });

  it("counts a relation left out by the zoom as shown, one hidden by a filter or its end as not", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: ".hidden", style: { display: "none" } },
        { selector: `.${FAR}`, style: { display: "none" } },
      ],
      elements: [
        { data: { id: "a" } },
        { data: { id: "b" } },
        { data: { id: "c" }, classes: "hidden" },
        { data: { id: "ab", source: "a", target: "b" }, classes: FAR },
        { data: { id: "ab2", source: "a", target: "b" }, classes: `hidden ${FAR}` },
        { data: { id: "ac", source: "a", target: "c" }, classes: FAR },
      ],
    });
    const shown = (id: string) => shownByFilters(cy.getElementById(id));
    expect(cy.getElementById("ab").visible()).toBe(false);
    expect([shown("a"), shown("ab"), shown("ab2"), shown("ac"), shown("c")]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    cy.destroy();
  });
});
