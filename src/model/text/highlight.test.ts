import { describe, expect, it } from "vitest";
import { highlightPieces } from "./highlight";

describe("highlightPieces", () => {
  const passage = "Kazakh-Slovenian cooperation grew.";
  const start = 100;

  it("returns the passage whole when nothing is marked", () => {
    expect(highlightPieces(passage, start, [])).toEqual([{ text: passage, tags: [] }]);
  });

  it("marks a mention, with article offsets", () => {
    expect(highlightPieces(passage, start, [{ start: 117, end: 128, tag: "mention" }])).toEqual([
      { text: "Kazakh-Slovenian ", tags: [] },
      { text: "cooperation", tags: ["mention"] },
      { text: " grew.", tags: [] },
    ]);
  });

  it("keeps both ends visible where their marks overlap", () => {
    const pieces = highlightPieces(passage, start, [
      { start: 100, end: 116, tag: "source" },
      { start: 100, end: 106, tag: "target" },
    ]);
    expect(pieces).toEqual([
      { text: "Kazakh", tags: ["source", "target"] },
      { text: "-Slovenian", tags: ["source"] },
      { text: " cooperation grew.", tags: [] },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(passage);
  });

  it("clips marks that run past the passage and ignores marks outside it", () => {
    const pieces = highlightPieces(passage, start, [
      { start: 90, end: 106, tag: "mention" },
      { start: 10, end: 20, tag: "elsewhere" },
    ]);
    expect(pieces[0]).toEqual({ text: "Kazakh", tags: ["mention"] });
    expect(pieces.flatMap((p) => p.tags)).not.toContain("elsewhere");
  });

  it("handles text outside the Basic Multilingual Plane by code units", () => {
    const text = "𝒜 Niinistö";
    const pieces = highlightPieces(text, 0, [{ start: 3, end: 11, tag: "mention" }]);
    expect(pieces).toEqual([
      { text: "𝒜 ", tags: [] },
      { text: "Niinistö", tags: ["mention"] },
    ]);
  });
});
