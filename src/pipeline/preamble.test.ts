import { describe, expect, it } from "vitest";
import { buildGraph } from "./buildGraph";

// The knowledge-file build, with facts that only the opening sentence states.
const article = [
  "BAKU – President Ana Rojas arrived in Baku for the Energy Week on December 1-2, the Chilean press office reported.",
  "",
  "At the meeting with Ola Tveit, Rojas discussed energy.",
].join("\n");

const knowledge = {
  source: { id: "chile-2023-12-02", date: "2023-12-01/2023-12-02" },
  lexicon: { meetingCues: ["meeting"] },
  reportedBy: "press-office",
  entities: [
    { id: "rojas", kind: "leader", label: "Ana Rojas", aliases: ["Ana Rojas", "Rojas"] },
    { id: "tveit", kind: "leader", label: "Ola Tveit", aliases: ["Ola Tveit"] },
    { id: "baku", kind: "place", label: "Baku", aliases: ["Baku", "BAKU"] },
    { id: "energy-week", kind: "event", label: "Energy Week", aliases: ["Energy Week"] },
    {
      id: "press-office",
      kind: "organization",
      label: "Chilean press office",
      aliases: ["Chilean press office"],
    },
  ],
  topics: [{ id: "energy", label: "Energy", terms: ["energy"] }],
  meetings: [
    {
      id: "meeting-tveit",
      label: "Rojas–Tveit meeting",
      participants: ["rojas", "tveit"],
      date: "2023-12-01/2023-12-02",
      heldIn: "baku",
      sidelinesOf: "energy-week",
    },
  ],
  relations: [],
};

describe("a knowledge file for an article whose preamble frames its meetings", () => {
  const graph = buildGraph(article, knowledge);
  const evidence = (id: string) =>
    graph.edges.find((e) => e.id === id)?.evidence.map((s) => s.passage);

  it("backs place, occasion and reporter by the preamble sentence that names no counterpart", () => {
    expect(evidence("meeting-tveit.held_in.baku")).toEqual(["chile-2023-12-02.s1"]);
    expect(evidence("meeting-tveit.on_sidelines_of.energy-week")).toEqual(["chile-2023-12-02.s1"]);
    expect(evidence("press-office.reports_on.meeting-tveit")).toEqual(["chile-2023-12-02.s1"]);
  });

  it("needs no date line: the date, a range, comes from the knowledge file", () => {
    expect(graph.sources[0]?.date).toBe("2023-12-01/2023-12-02");
    expect(graph.nodes.find((n) => n.id === "meeting-tveit")?.date).toBe("2023-12-01/2023-12-02");
  });
});
