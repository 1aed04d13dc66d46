import { describe, expect, it } from "vitest";
import twoSources from "../../model/graph/fixtures/two-sources.valid.json";
import { GraphSchema } from "../../model/graph/schema";
import { corroborationClass, MOST_SOURCES_DRAWN } from "./corroboration";
import { toElements } from "./elements";

describe("a line widens with its sources", () => {
  it("classes a relation by how many sources state it, up to the most drawn", () => {
    expect(corroborationClass(1)).toBe("");
    expect(corroborationClass(3)).toBe("corroborated-3");
    expect(corroborationClass(MOST_SOURCES_DRAWN + 5)).toBe(`corroborated-${MOST_SOURCES_DRAWN}`);
  });

  it("draws the relations of a corpus with the class of their sources", () => {
    const elements = toElements(GraphSchema.parse(twoSources), new Map());
    const classesOf = (id: string) => elements.find((e) => e.data.id === id)?.classes;
    expect(classesOf("meeting-doria.discusses.energy")).toBe("discusses corroborated-2");
    expect(classesOf("meeting-doria.discusses.trade")).toBe("discusses");
  });
});
