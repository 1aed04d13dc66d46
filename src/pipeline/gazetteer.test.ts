import { describe, expect, it } from "vitest";
import { splitPassages } from "./article";
import { findForm, locateForms } from "./gazetteer";

describe("findForm", () => {
  it("matches whole words only", () => {
    expect(findForm("Iran and Kazakh-Iranian ties", "Iran")).toEqual([[0, 4]]);
    expect(findForm("Kazakhstan and Kazakh trade", "Kazakh")).toEqual([[15, 21]]);
  });

  it("lets a lower-case form match at the start of a sentence, but keeps acronyms exact", () => {
    expect(findForm("Talks went well. The talks ended.", "talks")).toEqual([
      [0, 5],
      [21, 26],
    ]);
    expect(findForm("it was IT and it", "IT")).toEqual([[7, 9]]);
  });

  it("treats letters with diacritics as letters", () => {
    expect(findForm("Niinistö said", "Niinist")).toEqual([]);
  });
});

describe("locateForms", () => {
  const text = "The Kazakh-Slovenian talks. Kazakh trade grew.";
  const passages = splitPassages(text, "a");

  it("counts a form inside a longer form of the same entry once", () => {
    const { mentions } = locateForms(text, passages, ["Kazakh", "Kazakh-Slovenian"]);
    expect(mentions.map((m) => [m.exact, m.passage])).toEqual([
      ["Kazakh-Slovenian", "a.s1"],
      ["Kazakh", "a.s2"],
    ]);
  });

  it("reports forms that occur nowhere", () => {
    expect(locateForms(text, passages, ["Kazakh", "Astana"]).unused).toEqual(["Astana"]);
  });
});
