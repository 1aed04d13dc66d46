import { describe, expect, it } from "vitest";
import { printOpenedRef, readOpenedRef } from "./openedRef";

describe("the fragment names what was opened", () => {
  it("reads back what it prints", () => {
    for (const ref of [
      { type: "recent", id: "m1abc-9z" },
      { type: "article", data: "q1Y-_x" },
    ] as const) {
      expect(readOpenedRef(printOpenedRef(ref))).toEqual(ref);
    }
  });
  it("ignores a fragment of anything else, or with characters no id or data has", () => {
    expect(readOpenedRef("")).toBeNull();
    expect(readOpenedRef("#main")).toBeNull();
    expect(readOpenedRef("#recent=<script>")).toBeNull();
    expect(readOpenedRef("#article=a+b/c")).toBeNull();
  });
});
