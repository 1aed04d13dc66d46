import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Graph } from "../../model/graph/schema";
import { extractGraph, type ExtractOptions } from "./extractGraph";

// Short readouts written for these tests, one for each trap of real text.
const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), "utf8");
const extract = (name: string, options: ExtractOptions = {}) =>
  extractGraph(fixture(name), { sourceId: name, ...options });

const node = (g: Graph, id: string) => g.nodes.find((n) => n.id === id);
const targets = (g: Graph, source: string, type: string) =>
  g.edges
    .filter((e) => e.source === source && e.type === type)
    .map((e) => e.target)
    .sort();
const sources = (g: Graph, type: string, target: string) =>
  g.edges
    .filter((e) => e.target === target && e.type === type)
    .map((e) => e.source)
    .sort();
const meetings = (g: Graph) =>
  g.nodes
    .filter((n) => n.role === "bilateral meeting")
    .map((n) => n.id)
    .sort();
const participants = (g: Graph, meeting: string) => sources(g, "participates_in", meeting);

describe("extraction from readouts written in the genre's styles", () => {
  it("reads an article without a date line, dating it from its dateline", () => {
    const { graph, host } = extract("no-date-line");
    expect(host).toBe("tokayev");
    expect(graph.sources[0]?.date).toBe("2024-09-22");
    expect(participants(graph, "meeting-mongolia")).toEqual(["khurelsukh", "tokayev"]);
    expect(targets(graph, "khurelsukh", "heads")).toEqual(["mongolia"]);
    expect(graph.sources[0]?.text.startsWith("ALMATY")).toBe(true);
  });

  it("leaves the date out when neither the file, the caller nor the dateline gives a year", () => {
    const { graph } = extract("preamble-frame");
    expect(graph.sources[0]?.date).toBeUndefined();
    expect(node(graph, "meeting-pakistan")?.date).toBeUndefined();
  });

  it("dates a meeting 'December 1-2' as a range, the year from the caller", () => {
    const { graph } = extract("date-range", { date: "2023-12-03" });
    expect(graph.sources[0]?.date).toBe("2023-12-03");
    expect(node(graph, "meeting-chile")?.date).toBe("2023-12-01/2023-12-02");
    expect(targets(graph, "meeting-chile", "on_sidelines_of")).toEqual(["cop28-climate-summit"]);
  });

  it("does not end a sentence at 'U.S.', 'Sept.' or 'Dr.'", () => {
    const { graph } = extract("abbreviations");
    expect(graph.passages.map((p) => p.exact.slice(0, 30))).toEqual([
      "WASHINGTON, Sept. 14 – U.S. Pr",
      "The U.S. and Ghana agreed to e",
      "Harlow invited Osei to visit t",
    ]);
    expect(participants(graph, "meeting-ghana")).toEqual(["harlow", "osei"]);
    expect(targets(graph, "harlow", "heads")).toEqual(["united-states"]);
    expect(graph.edges.find((e) => e.id === "harlow.invites.osei")?.label).toBe(
      "invites to visit United States",
    );
  });

  it("joins hard-wrapped lines into their sentences", () => {
    const { graph } = extract("hard-wraps");
    expect(graph.passages).toHaveLength(2);
    expect(participants(graph, "meeting-south-korea")).toEqual(["jun-ho", "mirziyoyev"]);
    expect(node(graph, "jun-ho")?.label).toBe("Lee Jun-ho");
    expect(targets(graph, "meeting-south-korea", "on_sidelines_of")).toEqual([
      "tashkent-international-investment-forum",
    ]);
    expect(node(graph, "tashkent-international-investment-forum")?.label).toBe(
      "Tashkent International Investment Forum",
    );
  });

  it("takes a headline as the title, a sub-headline as a sentence, an agency's tag as the reporter", () => {
    const { graph, host } = extract("headline-agency");
    expect(host).toBe("tokayev");
    expect(graph.sources[0]).toMatchObject({
      title: "Tokayev, Aliyev discuss Middle Corridor",
      publisher: "Kazinform",
    });
    expect(sources(graph, "reports_on", "meeting-azerbaijan")).toEqual(["kazinform"]);
    // the headline reports the meeting, so the sub-headline is part of its account
    expect(targets(graph, "meeting-azerbaijan", "discusses")).toEqual([
      "energy",
      "middle-corridor",
      "port-of-aktau",
      "transport",
    ]);
  });

  it("reads straight and curly quotes and speaker lines without losing a sentence", () => {
    const { graph } = extract("quotes-speaker");
    expect(participants(graph, "meeting-georgia")).toEqual(["aliyev", "kobakhidze"]);
    expect(node(graph, "meeting-georgia")?.account).toHaveLength(graph.passages.length);
    expect(targets(graph, "meeting-georgia", "discusses")).toEqual(
      expect.arrayContaining(["east-west-corridor", "energy", "transport"]),
    );
  });

  it("finds a host the text names only by title, of the state its dateline is in", () => {
    const { graph, host } = extract("host-by-title");
    expect(host).toBe("head-of-state");
    expect(node(graph, "head-of-state")).toMatchObject({
      kind: "leader",
      role: "Head of State of Kazakhstan",
    });
    expect(participants(graph, "meeting-qatar")).toEqual(["head-of-state", "thani"]);
    expect(node(graph, "head-of-state")?.mentions.map((m) => m.exact)).toEqual([
      "Head of State",
      "Head of State",
    ]);
  });

  it("invents no meeting from a planned, hoped-for or proposed one, a greeting, or third parties", () => {
    const { graph } = extract("not-meetings");
    expect(meetings(graph)).toEqual(["meeting-hungary"]);
    expect(participants(graph, "meeting-hungary")).toEqual(["erdogan", "orban"]);
    for (const id of ["sisi", "silva", "stubb", "ruto", "szijjarto", "fidan"]) {
      expect(targets(graph, id, "participates_in"), id).toEqual([]);
    }
  });

  it("backs place, occasion and reporter by a preamble that names no counterpart", () => {
    const { graph } = extract("preamble-frame");
    for (const meeting of ["meeting-france", "meeting-pakistan"]) {
      expect(targets(graph, meeting, "held_in")).toEqual(["baku"]);
      expect(sources(graph, "reports_on", meeting)).toEqual(["akorda-press-service"]);
      const preamble = graph.passages[0]?.id;
      expect(
        graph.edges.find((e) => e.id === `${meeting}.held_in.baku`)?.evidence.map((s) => s.passage),
      ).toEqual([preamble]);
    }
    expect(targets(graph, "meeting-france", "on_sidelines_of")).toEqual([
      "cop29-climate-conference",
    ]);
  });

  it("knows kings, emirs, bodies' heads, ministers, acting ministers and company chairmen as counterparts", () => {
    const { graph } = extract("counterpart-kinds");
    const counterpartOf = (meeting: string) =>
      participants(graph, meeting).filter((p) => p !== "japarov");
    expect(meetings(graph)).toEqual([
      "meeting-afghanistan",
      "meeting-european-commission",
      "meeting-india",
      "meeting-jordan",
      "meeting-orion-mining-group",
      "meeting-qatar",
      "meeting-united-nations",
    ]);
    expect(counterpartOf("meeting-jordan")).toEqual(["abdullah-ii"]);
    expect(targets(graph, "abdullah-ii", "heads")).toEqual(["jordan"]);
    expect(targets(graph, "thani", "heads")).toEqual(["qatar"]);
    expect(targets(graph, "guterres", "heads")).toEqual(["united-nations"]);
    expect(targets(graph, "leyen", "heads")).toEqual(["european-commission"]);
    expect(targets(graph, "jaishankar", "represents")).toEqual(["india"]);
    expect(graph.edges.find((e) => e.id === "muttaqi.represents.afghanistan")?.label).toBe(
      "acting Minister of Foreign Affairs of",
    );
    expect(targets(graph, "vance", "heads")).toEqual(["orion-mining-group"]);
  });

  it("folds spelling variants: Ibrahim and Ebrahim, Türkiye and Turkey, accents, hyphens", () => {
    const { graph } = extract("spelling-variants");
    expect(node(graph, "raisi")?.aliases).toEqual(
      expect.arrayContaining(["Ibrahim Raisi", "Ebrahim Raisi"]),
    );
    expect(node(graph, "erdogan")?.aliases).toEqual(
      expect.arrayContaining(["Recep Tayyip Erdogan", "Erdoğan"]),
    );
    expect(node(graph, "turkiye")?.aliases).toEqual(expect.arrayContaining(["Türkiye", "Turkey"]));
    expect(node(graph, "tokayev")?.aliases).toEqual([
      "Kassym Jomart Tokayev",
      "Kassym-Jomart Tokayev",
    ]);
    expect(graph.nodes.filter((n) => n.kind === "leader")).toHaveLength(3);
  });

  it("writes the same bytes for the same input", () => {
    const once = JSON.stringify(extract("counterpart-kinds").graph);
    expect(JSON.stringify(extract("counterpart-kinds").graph)).toBe(once);
  });
});
