import { describe, expect, it } from "vitest";
import twoSources from "../graph/fixtures/two-sources.valid.json";
import { GraphSchema, type Graph } from "../graph/schema";
import { dateHistogram } from "./dateHistogram";

const base = GraphSchema.parse(twoSources);
const meeting = base.nodes.find((n) => n.id === "meeting-doria");
if (!meeting) throw new Error("the fixture has a meeting");
/** The fixture with one meeting per date given. */
const withMeetings = (dates: string[]): Graph => ({
  ...base,
  nodes: [
    ...base.nodes.filter((n) => n.kind !== "event"),
    ...dates.map((date, i) => ({ ...meeting, id: `meeting-${i}`, date })),
  ],
});

describe("meetings by date", () => {
  it("counts a week of meetings day by day, empty days included", () => {
    const { unit, bins } = dateHistogram(
      withMeetings(["2023-09-18", "2023-09-18", "2023-09-20", "2023-09-19/2023-09-21"]),
    );
    expect(unit).toBe("day");
    expect(bins.map((b) => [b.first, b.events])).toEqual([
      ["2023-09-18", 2],
      ["2023-09-19", 1],
      ["2023-09-20", 1],
    ]);
  });

  it("counts by week, from Monday, when the days would be too many, then by month, then by year", () => {
    const weeks = dateHistogram(withMeetings(["2023-09-06", "2023-10-19"]));
    expect(weeks.unit).toBe("week");
    expect(weeks.bins).toHaveLength(7);
    expect(weeks.bins[0]).toEqual({ first: "2023-09-04", last: "2023-09-10", events: 1 });
    expect(weeks.bins.at(-1)).toEqual({ first: "2023-10-16", last: "2023-10-22", events: 1 });
    const months = dateHistogram(withMeetings(["2023-01-31", "2023-08"]));
    expect(months.unit).toBe("month");
    expect(months.bins).toHaveLength(8);
    expect(months.bins[0]).toEqual({ first: "2023-01-01", last: "2023-01-31", events: 1 });
    const years = dateHistogram(withMeetings(["2021-05-01", "2023-08"]));
    expect(years.unit).toBe("year");
    expect(years.bins.map((b) => [b.first, b.last, b.events])).toEqual([
      ["2021-01-01", "2021-12-31", 1],
      ["2022-01-01", "2022-12-31", 0],
      ["2023-01-01", "2023-12-31", 1],
    ]);
  });

  it("never draws more bars than asked for while a coarser unit can hold them", () => {
    for (const mostBins of [4, 8, 12]) {
      const { bins } = dateHistogram(withMeetings(["2023-09-18", "2023-11-01"]), mostBins);
      expect(bins.length).toBeLessThanOrEqual(mostBins);
      expect(bins.reduce((n, b) => n + b.events, 0)).toBe(2);
    }
  });

  it("has no bars for a graph without dated events", () => {
    expect(dateHistogram(withMeetings([])).bins).toEqual([]);
  });
});
