import { describe, expect, it } from "vitest";
import { quote, quoteList, truncate, visible } from "./quote";

describe("quote", () => {
  it("cuts long values to the limit with an ellipsis, never inside a surrogate pair", () => {
    expect(quote("a".repeat(100), 10)).toBe(`“${"a".repeat(9)}…”`);
    expect(truncate("😀".repeat(20), 5)).toBe("😀😀😀😀…");
    expect(quote("x".repeat(1_000_000)).length).toBeLessThanOrEqual(82);
  });

  it("writes out bidi overrides, controls and lone surrogates, and keeps emoji", () => {
    expect(visible("\u202eevil\u202c")).toBe("‹U+202E›evil‹U+202C›");
    expect(visible("a\u0000b\nc")).toBe("a‹U+0000›b c");
    expect(visible("\ud800x")).toBe("\ufffdx");
    expect(visible("👨‍👩‍👧 🇰🇿")).toBe("👨‍👩‍👧 🇰🇿");
  });

  it("normalises to NFC and keeps at most three marks on a letter", () => {
    expect(visible("e\u0301")).toBe("é");
    expect(visible(`Z${"\u0334".repeat(50)}`)).toBe(`Z${"\u0334".repeat(3)}`);
  });

  it("lists a few values and counts the rest", () => {
    expect(quoteList(["a", "b", "c"], 2)).toBe("“a”, “b” and 1 more");
  });
});
