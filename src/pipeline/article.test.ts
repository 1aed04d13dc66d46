import { describe, expect, it } from "vitest";
import { parseArticle, passageContaining, splitPassages } from "./article";

describe("parseArticle", () => {
  it("takes the date line as metadata and NFC-normalises the text", () => {
    const decomposed = " date 2023-09-19 ASTANA – Nova\u0301k met.\n";
    const { date, text } = parseArticle(decomposed);
    expect(date).toBe("2023-09-19");
    expect(text).toBe("ASTANA – Novák met.");
  });

  it("reads a file without the date line, and a date line with a range", () => {
    expect(parseArticle("ASTANA – text")).toEqual({ text: "ASTANA – text" });
    expect(parseArticle("date 2023-12-01/2023-12-02 DUBAI – text").date).toBe(
      "2023-12-01/2023-12-02",
    );
  });

  it("does not end a sentence at U.S. before a name", () => {
    const passages = splitPassages("U.S. President Joe Biden met them. They talked.", "a");
    expect(passages.map((p) => p.exact)).toEqual([
      "U.S. President Joe Biden met them.",
      "They talked.",
    ]);
  });
});

describe("splitPassages", () => {
  const text =
    "On Sept. 18 in New York, they met. “No problems. I will be glad,” said A.\n\nSecond paragraph here.";
  const passages = splitPassages(text, "a");

  it("splits sentences without breaking at abbreviations, and keeps quotes whole", () => {
    expect(passages.map((p) => p.exact)).toEqual([
      "On Sept. 18 in New York, they met.",
      "“No problems.",
      "I will be glad,” said A.",
      "Second paragraph here.",
    ]);
    expect(passages.map((p) => p.paragraph)).toEqual([1, 1, 1, 2]);
    expect(passages.map((p) => p.id)).toEqual(["a.s1", "a.s2", "a.s3", "a.s4"]);
    expect(passages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it("gives offsets into the text", () => {
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.exact);
  });

  it("finds the passage containing a range, and none for a range across two", () => {
    const second = passages[1];
    if (!second) throw new Error("expected a second passage");
    expect(passageContaining(passages, second.start + 1, second.start + 3)?.id).toBe("a.s2");
    expect(passageContaining(passages, second.start, second.end + 2)).toBeUndefined();
  });
});
