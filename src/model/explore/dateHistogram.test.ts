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

  it("counts by week, from Monday, when the days would be too many, and by month past a year", () => {
    const weeks = dateHistogram(withMeetings(["2023-09-06", "2023-11-30"]));
    expect(weeks.unit).toBe("week");
    expect(weeks.bins[0]).toEqual({ first: "2023-09-04", last: "2023-09-10", events: 1 });
    expect(weeks.bins.at(-1)).toEqual({ first: "2023-11-27", last: "2023-12-03", events: 1 });
    expect(weeks.bins.reduce((n, b) => n + b.events, 0)).toBe(2);
    const months = dateHistogram(withMeetings(["2022-01-31", "2023-09"]));
    expect(months.unit).toBe("month");
    expect(months.bins).toHaveLength(21);
    expect(months.bins[0]).toEqual({ first: "2022-01-01", last: "2022-01-31", events: 1 });
  });

  it("has no bars for a graph without dated events", () => {
    expect(dateHistogram(withMeetings([])).bins).toEqual([]);
  });
});
