import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphSchema, type Graph } from "../../model/graph/schema";
import { extractGraph } from "./extractGraph";

// The seed article, read without its knowledge file, against the graph curated with it.
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const curated = GraphSchema.parse(JSON.parse(read("data/graph.json")));
const { graph } = extractGraph(read("data/article.txt"), { sourceId: "akorda-2023-09-19" });

const targets = (g: Graph, source: string, type: string) =>
  g.edges.filter((e) => e.source === source && e.type === type).map((e) => e.target);
const sources = (g: Graph, type: string, target: string) =>
  g.edges.filter((e) => e.target === target && e.type === type).map((e) => e.source);
const node = (g: Graph, id: string) => g.nodes.find((n) => n.id === id);
const meetings = (g: Graph) => g.nodes.filter((n) => n.role === "bilateral meeting");

/** Where a node is first mentioned: the same words mean the same thing in both graphs. */
const firstMention = (g: Graph, id: string) => {
  const m = node(g, id)?.mentions[0];
  return m ? `${m.start}:${m.end}` : id;
};

describe("the seed article, extracted without its knowledge file", () => {
  it("finds the host, who heads Kazakhstan", () => {
    const hosts = new Set(meetings(graph).flatMap((m) => sources(graph, "participates_in", m.id)));
    expect(hosts.has("tokayev")).toBe(true);
    expect(targets(graph, "tokayev", "heads")).toEqual(["kazakhstan"]);
  });

  it("finds the five meetings, each with its counterpart and their state", () => {
    const found = meetings(graph).map((m) => {
      const people = sources(graph, "participates_in", m.id).filter((p) => p !== "tokayev");
      return { meeting: m.id, people, states: people.flatMap((p) => targets(graph, p, "heads")) };
    });
    expect(found).toEqual([
      { meeting: "meeting-estonia", people: ["karis"], states: ["estonia"] },
      { meeting: "meeting-finland", people: ["niinisto"], states: ["finland"] },
      { meeting: "meeting-hungary", people: ["novak"], states: ["hungary"] },
      { meeting: "meeting-iran", people: ["raisi"], states: ["iran"] },
      { meeting: "meeting-slovenia", people: ["pirc-musar"], states: ["slovenia"] },
    ]);
  });

  it("gives each meeting the same account as the curated graph", () => {
    for (const m of meetings(curated)) expect(node(graph, m.id)?.account, m.id).toEqual(m.account);
  });

  it("finds at least 90% of the curated meeting–topic pairs", () => {
    const pairs = (g: Graph) =>
      new Set(
        g.edges
          .filter((e) => e.type === "discusses")
          .map((e) => `${e.source} ${firstMention(g, e.target)}`),
      );
    const want = pairs(curated);
    const got = pairs(graph);
    const found = [...want].filter((p) => got.has(p));
    expect(want.size).toBeGreaterThan(25);
    expect(found.length / want.size).toBeGreaterThanOrEqual(0.9);
  });

  it("states none of the forbidden facts", () => {
    expect(targets(graph, "meeting-hungary", "discusses")).not.toContain("logistics");
    const person = (words: string) =>
      graph.nodes.filter(
        (n) =>
          (n.kind === "person" || n.kind === "leader") && n.aliases.some((a) => a.includes(words)),
      );
    expect(person("Bandar Abbas")).toEqual([]);
    expect(graph.nodes.filter((n) => n.kind === "leader" && n.label.includes("Petőfi"))).toEqual(
      [],
    );
    const orban = graph.nodes.find((n) => n.label.includes("Orbán"));
    expect(orban ? targets(graph, orban.id, "participates_in") : []).toEqual([]);
  });

  it("frames every meeting by the preamble: place, occasion and reporter", () => {
    for (const m of meetings(graph)) {
      expect(targets(graph, m.id, "held_in")).toEqual(["new-york"]);
      expect(targets(graph, m.id, "on_sidelines_of")).toHaveLength(1);
      expect(sources(graph, "reports_on", m.id)).toEqual(["akorda-press-service"]);
      expect(node(graph, m.id)?.date).toBe("2023-09-18");
    }
  });

  it("ties each meeting to the named objects its account mentions", () => {
    expect(targets(graph, "meeting-iran", "discusses")).toEqual(
      expect.arrayContaining(["kazakh-trade-terminal", "kazakhstan-turkmenistan-iran-railway"]),
    );
  });
});
