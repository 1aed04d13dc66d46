import { describe, expect, it } from "vitest";
import { sameForm } from "./names";
import { settle } from "./versions";

const order = new Map(["a", "b", "c", "d"].map((s, i) => [s, i]));

describe("settling a field the sources may disagree on", () => {
  it("keeps the version most sources give, and every version with its sources", () => {
    const date = settle(
      "date",
      [
        { value: "2024-03-06", sources: ["a"] },
        { value: "2024-03-05", sources: ["b"] },
        { value: "2024-03-05", sources: ["c"] },
      ],
      (x, y) => x === y,
      order,
    );
    expect(date.value).toBe("2024-03-05");
    expect(date.versions).toEqual([
      { field: "date", value: "2024-03-05", sources: ["b", "c"] },
      { field: "date", value: "2024-03-06", sources: ["a"] },
    ]);
  });

  it("between equals, keeps the earliest source's", () => {
    const role = settle(
      "role",
      [
        { value: "Head of State", sources: ["b"] },
        { value: "President of Kazakhstan", sources: ["a"] },
      ],
      sameForm,
      order,
    );
    expect(role.value).toBe("President of Kazakhstan");
    expect(role.versions?.map((v) => v.sources)).toEqual([["a"], ["b"]]);
  });

  it("records no version for a spelling: the commoner form stands, every form is kept", () => {
    const label = settle(
      "label",
      [
        { value: "Kassym-Jomart Tokaev", sources: ["a"] },
        { value: "Kassym-Jomart Tokayev", sources: ["b", "c"] },
      ],
      sameForm,
      order,
    );
    expect(label.value).toBe("Kassym-Jomart Tokayev");
    expect(label.versions).toBeUndefined();
    expect(label.forms).toEqual(["Kassym-Jomart Tokaev", "Kassym-Jomart Tokayev"]);
  });
});
