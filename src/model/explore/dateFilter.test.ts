import { describe, expect, it } from "vitest";
import twoSources from "../graph/fixtures/two-sources.valid.json";
import { GraphSchema } from "../graph/schema";
import { meetsRange, outsideDates, withEnd } from "./dateFilter";
import { visibleElements } from "./filter";

const graph = GraphSchema.parse(twoSources);

describe("a range of dates", () => {
  it("meets a day, a month or a range of the model wherever they overlap", () => {
    const september = { from: "2023-09-01", to: "2023-09-30" };
    expect(meetsRange("2023-09-19", september)).toBe(true);
    expect(meetsRange("2023-10-01", september)).toBe(false);
    expect(meetsRange("2023-09", { from: "2023-09-30", to: null })).toBe(true);
    expect(meetsRange("2023-08-30/2023-09-02", september)).toBe(true);
    expect(meetsRange("2023", { from: null, to: "2022-12-31" })).toBe(false);
  });

  it("leaves out the meetings outside it and what only they tie in, never the states", () => {
    const out = outsideDates(graph, { from: "2024-04-03", to: null });
    expect([...out].sort()).toEqual([
      "energy",
      "lisbon",
      "meeting-doria",
      "press-office",
      "solak",
      "trade",
      "varga",
    ]);
    const shown = visibleElements(graph, {
      topics: [],
      hiddenKinds: [],
      dates: { from: "2024-04-03", to: null },
    });
    expect(shown.nodes.has("arvelia")).toBe(true);
    expect(shown.nodes.has("meeting-doria")).toBe(false);
    expect(
      visibleElements(graph, {
        topics: [],
        hiddenKinds: [],
        dates: { from: "2024-04-02", to: "2024-04-02" },
      }).nodes.has("meeting-doria"),
    ).toBe(true);
  });

  it("moves one end, the other following rather than the range running backwards", () => {
    const week = { from: "2024-03-05", to: "2024-03-12" };
    expect(withEnd(week, "to", "2024-03-06")).toEqual({ from: "2024-03-05", to: "2024-03-06" });
    expect(withEnd(week, "from", "2024-03-20")).toEqual({ from: "2024-03-20", to: "2024-03-20" });
    expect(withEnd(week, "to", "2024-03-01")).toEqual({ from: "2024-03-01", to: "2024-03-01" });
    expect(withEnd(week, "from", null)).toEqual({ from: null, to: "2024-03-12" });
  });
});
