import { describe, expect, it } from "vitest";
import {
  DETAIL_PAST_NODES,
  drawsByDetail,
  grown,
  inside,
  RELATIONS_FROM_ZOOM,
  relationsDrawnAt,
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
});
