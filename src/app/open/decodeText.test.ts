import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText";

const reason = (bytes: number[]) => {
  try {
    decodeText(new Uint8Array(bytes));
  } catch (error) {
    return error instanceof Error ? error.message : "";
  }
  return "read";
};

describe("a file's bytes as text", () => {
  it("reads UTF-8, accents and all", () => {
    expect(decodeText(new TextEncoder().encode("Nataša Pirc Musar"))).toBe("Nataša Pirc Musar");
  });
  it("refuses an empty file, a binary with NUL bytes, and text that is not UTF-8", () => {
    expect(reason([])).toBe("it is empty");
    expect(reason([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])).toBe("it is a binary file, not text");
    expect(reason([0x4e, 0x6f, 0x76, 0xe1, 0x6b])).toMatch(/not text in UTF-8/);
  });
});
