import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "./buildGraph";

// A made-up report of the same kind: it must need only its own knowledge file, no code change.
const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
const graph = buildGraph(
  fixture("second-article.txt"),
  JSON.parse(fixture("second-article.knowledge.json")) as unknown,
);
const ids = (type: string, end: "source" | "target", other: string) =>
  graph.edges
    .filter((e) => e.type === type && e[end === "source" ? "target" : "source"] === other)
    .map((e) => e[end])
    .sort();

describe("a second article, built from its own knowledge file", () => {
  it("finds both meetings, their participants, place, occasion and source", () => {
    expect(ids("participates_in", "source", "meeting-doria")).toEqual(["solak", "varga"]);
    expect(ids("participates_in", "source", "meeting-kestria")).toEqual(["brell", "solak"]);
    for (const meeting of ["meeting-doria", "meeting-kestria"]) {
      expect(ids("held_in", "target", meeting)).toEqual(["lisbon"]);
      expect(ids("on_sidelines_of", "target", meeting)).toEqual(["energy-week"]);
      expect(ids("reports_on", "source", meeting)).toEqual(["press-office"]);
    }
  });

  it("gives each meeting the topics and named objects of its own sentences, and its account", () => {
    expect(ids("discusses", "target", "meeting-doria")).toEqual([
      "agriculture",
      "energy",
      "pipeline",
    ]);
    const account = (id: string) => graph.nodes.find((n) => n.id === id)?.account;
    expect(account("meeting-doria")).toEqual([
      "article-2024-04-02.s2",
      "article-2024-04-02.s3",
      "article-2024-04-02.s4",
    ]);
    expect(account("meeting-kestria")).toEqual([
      "article-2024-04-02.s5",
      "article-2024-04-02.s6",
      "article-2024-04-02.s7",
    ]);
    expect(ids("discusses", "target", "meeting-kestria")).toEqual(["tourism", "trade"]);
  });

  it("reads 'both sides' and 'you' as the meeting's participants", () => {
    const invite = graph.edges.find((e) => e.id === "solak.invites.varga");
    expect(invite?.evidence.map((s) => s.exact)).toEqual([
      '"We look forward to welcoming you in Valmora," Solak said.',
    ]);
  });

  it("keeps the date out of the text and splits paragraphs into numbered sentences", () => {
    expect(graph.sources).toEqual([
      expect.objectContaining({
        id: "article-2024-04-02",
        title: "Solak meets Varga and Brell at Energy Week",
        date: "2024-04-02",
        publisher: "Press office",
      }),
    ]);
    expect(graph.passages.map((p) => p.paragraph)).toEqual([1, 2, 2, 2, 3, 3, 3]);
    expect(graph.passages[0]?.exact.startsWith("VALMORA –")).toBe(true);
  });
});
