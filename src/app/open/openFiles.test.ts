import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphSchema } from "../../model/graph/schema";
import { openFiles, OpenError } from "./openFiles";
import type { OpenInput } from "./openMessages";

const corpusFolder = new URL("../../../e2e/fixtures/corpus/", import.meta.url);
const input = (name: string, url: URL): OpenInput => ({
  name,
  bytes: new Uint8Array(readFileSync(url)).buffer,
});
const corpus = readdirSync(corpusFolder)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => input(f, new URL(f, corpusFolder)));
const formats = (name: string) =>
  input(name, new URL(`../../model/formats/fixtures/${name}`, import.meta.url));
const meetings = (g: { nodes: { role?: string }[] }) =>
  g.nodes.filter((n) => n.role === "bilateral meeting");

describe("opening several files at once", () => {
  it("merges articles into one graph, telling how far it is", () => {
    const steps: string[] = [];
    const result = openFiles(corpus, (step) => steps.push(step));
    expect(result.kind).toBe("article");
    expect(GraphSchema.parse(result.graph).sources).toHaveLength(4);
    expect(meetings(result.graph)).toHaveLength(3);
    expect(steps).toEqual([
      "Reading 1 of 4",
      "Reading 2 of 4",
      "Reading 3 of 4",
      "Reading 4 of 4",
      "Merging",
    ]);
  });

  it("adds articles to a graph on screen, and no article twice", () => {
    const first = openFiles(corpus.slice(0, 2), () => {});
    const added = openFiles(corpus.slice(1), () => {}, { graph: first.graph, kind: "article" });
    expect(added.graph.sources.map((s) => s.id)).toEqual(
      openFiles(corpus, () => {}).graph.sources.map((s) => s.id),
    );
    expect(added.notes).toEqual([
      `“${corpus[1]?.name ?? ""}” was not added again: its text is already in the graph.`,
    ]);
    expect(meetings(added.graph)).toHaveLength(3);
  });

  it("merges a graph file with articles, and says when it has nothing to merge on", () => {
    const result = openFiles([...corpus.slice(0, 1), formats("gephi-1.2.valid.gexf")], () => {});
    expect(result.kind).toBe("graph");
    expect(GraphSchema.parse(result.graph).sources.length).toBeGreaterThan(1);
    expect(result.notes.join(" ")).toContain("“gephi-1.2.valid.gexf” has nothing to merge on");
  });

  it("names the file that cannot be opened, and why", () => {
    expect(() =>
      openFiles([corpus[0] as OpenInput, formats("empty.invalid.txt")], () => {}),
    ).toThrow(new OpenError("empty.invalid.txt", "it is empty"));
  });
});
