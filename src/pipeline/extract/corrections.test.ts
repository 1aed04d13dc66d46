import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KnowledgeError } from "../KnowledgeError";
import { applyCorrections } from "./corrections";
import { extractGraph } from "./extractGraph";

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), "utf8");
const graph = extractGraph(fixture("host-by-title"), { sourceId: "qatar" }).graph;

describe("a knowledge file as corrections", () => {
  it("renames a node, and its relations follow", () => {
    const corrected = applyCorrections(graph, { rename: { "head-of-state": "tokayev" } });
    expect(corrected.nodes.some((n) => n.id === "head-of-state")).toBe(false);
    expect(corrected.edges.map((e) => e.id)).toContain("tokayev.participates_in.meeting-qatar");
  });

  it("adds an entity by the forms the text uses, and a relation by a quote", () => {
    const corrected = applyCorrections(graph, {
      add: [{ id: "doha", kind: "place", label: "Doha", aliases: ["Akorda"] }],
      relations: [
        {
          type: "reports_on",
          source: "akorda-press-service",
          target: "meeting-qatar",
          quote: "growing trade",
        },
      ],
    });
    expect(corrected.nodes.find((n) => n.id === "doha")?.mentions.map((m) => m.exact)).toEqual([
      "Akorda",
      "Akorda",
    ]);
    const evidence = corrected.edges.find(
      (e) => e.id === "akorda-press-service.reports_on.meeting-qatar",
    )?.evidence;
    expect(evidence?.map((s) => s.passage)).toEqual(["qatar.s2"]);
  });

  it("refuses a fact and a node, with its relations", () => {
    const corrected = applyCorrections(graph, {
      refuse: { nodes: ["akorda"], relations: ["meeting-qatar.discusses.trade"] },
    });
    expect(corrected.nodes.some((n) => n.id === "akorda")).toBe(false);
    expect(
      corrected.edges.some(
        (e) => e.target === "akorda" || e.id === "meeting-qatar.discusses.trade",
      ),
    ).toBe(false);
  });

  it("merges two nodes into one", () => {
    const corrected = applyCorrections(graph, { merge: [{ into: "astana", from: ["akorda"] }] });
    expect(corrected.nodes.find((n) => n.id === "astana")?.aliases).toEqual(
      expect.arrayContaining(["ASTANA", "Akorda"]),
    );
  });

  it("names the correction the text cannot back", () => {
    const fails = (raw: unknown) => {
      try {
        applyCorrections(graph, raw);
      } catch (error) {
        if (error instanceof KnowledgeError) return error.message;
      }
      return "accepted";
    };
    expect(fails({ rename: { nobody: "x" } })).toBe(
      'rename or merge of "nobody": no node "nobody" in the graph',
    );
    expect(fails({ add: [{ id: "x", kind: "place", label: "X", aliases: ["Nowhere"] }] })).toBe(
      'entity "x": none of its aliases occurs in the text',
    );
    expect(
      fails({
        relations: [{ type: "invites", source: "thani", target: "qatar", quote: "not there" }],
      }),
    ).toBe('relation "thani invites qatar": quote "not there" is not in the text');
    expect(fails({ rename: { "Not A Slug": "x" } })).toMatch(/^knowledge file at "rename/);
  });
});
