import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { indexGraph } from "./graphIndex";
import { relationSentence, relationText } from "./relationSentence";
import { GraphSchema, type GraphNode } from "./schema";

const index = indexGraph(GraphSchema.parse(graphJson));
const read = (id: string) => {
  const edge = index.edge(id);
  if (!edge) throw new Error(`no relation ${id}`);
  return relationText(edge, index.node);
};

describe("a relation read as an English sentence", () => {
  it.each([
    ["tokayev.heads.kazakhstan", "Kassym-Jomart Tokayev is President of Kazakhstan"],
    ["raisi.participates_in.meeting-iran", "Ebrahim Raisi takes part in the Tokayev–Raisi meeting"],
    ["meeting-iran.discusses.visas", "The Tokayev–Raisi meeting discusses visas"],
    ["kazakhstan.agreements_reached_in.tehran", "Kazakhstan reached agreements in Tehran"],
    ["tokayev.invites.novak", "Kassym-Jomart Tokayev invites Katalin Novák to visit Kazakhstan"],
    [
      "meeting-iran.on_sidelines_of.unga-78",
      "The Tokayev–Raisi meeting is held on the sidelines of the 78th UN General Assembly",
    ],
    ["astana.street_named_after.petofi", "A street in Astana is to be named after Sándor Petőfi"],
    [
      "turkic-states-summit.held_in.kazakhstan",
      "The Turkic States summit is to be held in Kazakhstan (November)",
    ],
    [
      "meeting-hungary.discusses.turkic-cooperation",
      "The Tokayev–Novák meeting discusses Turkic cooperation",
    ],
    ["meeting-finland.discusses.un-reform", "The Tokayev–Niinistö meeting discusses UN reform"],
  ])("%s reads “%s”", (id, sentence) => {
    expect(read(id)).toBe(sentence);
  });

  it.each([
    ["heads", "heads", "Tanzha Alvikto heads Lotorloia"],
    ["represents", "represents", "Tanzha Alvikto represents Lotorloia"],
    ["invests_in", "invests in", "Tanzha Alvikto invests in Lotorloia"],
    [
      "represents",
      "Minister of Foreign Affairs of",
      "Tanzha Alvikto is Minister of Foreign Affairs of Lotorloia",
    ],
  ] as const)("a %s relation labelled “%s” reads “%s”", (type, label, sentence) => {
    const node = (id: string, kind: GraphNode["kind"], label: string): GraphNode => ({
      id,
      kind,
      label,
      aliases: [],
      mentions: [],
    });
    const ends = new Map([
      ["alvikto", node("alvikto", "leader", "Tanzha Alvikto")],
      ["lotorloia", node("lotorloia", "state", "Lotorloia")],
    ]);
    const edge = { id: "e", type, source: "alvikto", target: "lotorloia", label, evidence: [] };
    expect(relationText(edge, (id) => ends.get(id))).toBe(sentence);
  });

  it.each([
    ["IRNA", "IRNA reports on the Tokayev–Raisi meeting"],
    ["Trend", "Trend reports on the Tokayev–Raisi meeting"],
    ["Akorda press service", "The Akorda press service reports on the Tokayev–Raisi meeting"],
    ["Doria News Agency", "The Doria News Agency reports on the Tokayev–Raisi meeting"],
  ])("a report by %s reads “%s”", (agency, sentence) => {
    const reporter: GraphNode = {
      id: "agency",
      kind: "organization",
      label: agency,
      role: "source of the report",
      aliases: [],
      mentions: [],
    };
    const meeting = index.node("meeting-iran");
    const edge = {
      id: "r",
      type: "reports_on" as const,
      source: "agency",
      target: "meeting-iran",
      label: "reports on",
      evidence: [],
    };
    expect(relationText(edge, (id) => (id === "agency" ? reporter : meeting))).toBe(sentence);
  });

  it("names its ends, so that they can be marked or followed", () => {
    const edge = index.edge("tokayev.invites.novak");
    if (!edge) throw new Error("no invitation");
    const ends = relationSentence(edge, index.node).filter((p) => "node" in p);
    expect(ends).toEqual([
      { text: "Kassym-Jomart Tokayev", node: "tokayev", end: "source" },
      { text: "Katalin Novák", node: "novak", end: "target" },
    ]);
  });

  it("reads every relation of the seed graph as a sentence that starts with a capital", () => {
    for (const edge of index.graph.edges) {
      const text = relationText(edge, index.node);
      expect(text, edge.id).toMatch(/^\p{Lu}/u);
      expect(text, edge.id).not.toMatch(/ {2}|\(\s|\s\)/);
    }
  });
});
