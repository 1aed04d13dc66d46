import { describe, expect, it } from "vitest";
import { weekdayDate } from "./dates";

describe("a meeting dated by its weekday", () => {
  it.each([
    // 2024-03-05 was a Tuesday.
    ["Raisi met Tokayev in Ashgabat on Tuesday, IRNA reported.", "2024-03-05", "2024-03-05"],
    ["The presidents held talks on Monday.", "2024-03-05", "2024-03-04"],
    ["They met last Wednesday in Baku.", "2024-03-05", "2024-02-28"],
    ["Talks were held on sunday evening.", "2024-03-09", "2024-03-03"],
  ])("“%s” reported on %s is dated %s", (sentence, reported, dated) => {
    expect(weekdayDate(sentence, reported)).toBe(dated);
  });

  it.each([
    ["a meeting to come", "The leaders will meet on Friday.", "2024-03-05"],
    ["one scheduled", "A meeting is scheduled on Friday.", "2024-03-05"],
    ["no weekday", "The presidents met in Ashgabat.", "2024-03-05"],
    ["a report dated by its year only", "They met on Tuesday.", "2024"],
    ["a report without a date", "They met on Tuesday.", undefined],
    ["a weekday that names no day", "Tuesday's talks were long.", "2024-03-05"],
  ])("is not dated for %s", (_case, sentence, reported) => {
    expect(weekdayDate(sentence, reported)).toBeUndefined();
  });
});
