import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { GraphSchema, type GraphEdge } from "./schema";

const graph = GraphSchema.parse(graphJson);
const [source] = graph.sources;
const text = source?.text ?? "";
const node = (id: string) => graph.nodes.find((n) => n.id === id);
const edge = (source: string, type: GraphEdge["type"], target: string) =>
  graph.edges.find((e) => e.source === source && e.type === type && e.target === target);

describe("the article's graph (data/graph.json)", () => {
  it("is one source, named by the knowledge file, its date line kept out of the text", () => {
    expect(graph.sources).toHaveLength(1);
    expect(source).toMatchObject({
      id: "akorda-2023-09-19",
      date: "2023-09-19",
      publisher: "Akorda press service",
    });
    expect(text.startsWith("ASTANA –")).toBe(true);
  });

  it("uses every sentence of the article as evidence for some relation", () => {
    const cited = new Set(graph.edges.flatMap((e) => e.evidence.map((s) => s.passage)));
    const uncited = graph.passages.filter((p) => !cited.has(p.id)).map((p) => p.exact);
    expect(uncited).toEqual([]);
  });

  const inventory: Record<string, string[]> = {
    leader: ["tokayev", "novak", "orban", "pirc-musar", "raisi", "niinisto", "karis"],
    person: ["petofi"],
    state: ["kazakhstan", "hungary", "slovenia", "iran", "finland", "estonia", "turkmenistan"],
    organization: [
      "united-nations",
      "un-general-assembly",
      "organization-of-turkic-states",
      "european-union",
      "osce",
      "akorda",
    ],
    event: [
      "meeting-hungary",
      "meeting-slovenia",
      "meeting-iran",
      "meeting-finland",
      "meeting-estonia",
      "unga-78",
      "turkic-states-summit",
      "astana-international-forum",
    ],
    place: ["astana", "new-york", "tehran", "caspian-sea", "bandar-abbas", "northern-europe"],
    infrastructure: ["kti-railway", "kazakh-trade-terminal"],
    topic: [
      "trade",
      "economy",
      "investment",
      "culture",
      "humanitarian",
      "transport",
      "logistics",
      "pharmaceuticals",
      "it",
      "science-technology",
      "international-politics",
      "visas",
      "un-reform",
      "turkic-cooperation",
      "multilateral-cooperation",
    ],
  };
  it.each(Object.entries(inventory))(
    "holds every %s the article names, as that kind",
    (kind, ids) => {
      for (const id of ids) expect(node(id)?.kind, id).toBe(kind);
      expect(
        graph.nodes
          .filter((n) => n.kind === kind)
          .map((n) => n.id)
          .sort(),
      ).toEqual([...ids].sort());
    },
  );

  it("gives each leader the state and role the article states", () => {
    const heads: [string, string, string][] = [
      ["tokayev", "kazakhstan", "President of Kazakhstan"],
      ["novak", "hungary", "President of Hungary"],
      ["orban", "hungary", "Prime Minister of Hungary"],
      ["pirc-musar", "slovenia", "President of Slovenia"],
      ["raisi", "iran", "President of Iran"],
      ["niinisto", "finland", "President of Finland"],
      ["karis", "estonia", "President of Estonia"],
    ];
    for (const [leader, state, role] of heads) {
      expect(edge(leader, "heads", state), leader).toBeDefined();
      expect(node(leader)?.role).toBe(role);
    }
  });

  it("has five meetings in New York on 18 September, each with Tokayev and one counterpart", () => {
    const counterparts = {
      "meeting-hungary": "novak",
      "meeting-slovenia": "pirc-musar",
      "meeting-iran": "raisi",
      "meeting-finland": "niinisto",
      "meeting-estonia": "karis",
    };
    for (const [meeting, counterpart] of Object.entries(counterparts)) {
      const participants = graph.edges
        .filter((e) => e.type === "participates_in" && e.target === meeting)
        .map((e) => e.source)
        .sort();
      expect(participants).toEqual([counterpart, "tokayev"].sort());
      expect(edge(meeting, "held_in", "new-york")).toBeDefined();
      expect(edge(meeting, "on_sidelines_of", "unga-78")).toBeDefined();
      expect(edge("akorda", "reports_on", meeting)).toBeDefined();
      expect(node(meeting)?.date).toBe("2023-09-18");
    }
  });

  it("ties each topic to the meetings whose sentences raise it, and only those", () => {
    const meetingsOn = (topic: string) =>
      graph.edges
        .filter((e) => e.type === "discusses" && e.target === topic)
        .map((e) => e.source)
        .sort();
    expect(meetingsOn("logistics")).toEqual(["meeting-iran", "meeting-slovenia"]);
    expect(meetingsOn("visas")).toEqual(["meeting-iran"]);
    expect(meetingsOn("un-reform")).toEqual(["meeting-finland"]);
    expect(meetingsOn("pharmaceuticals")).toEqual(["meeting-slovenia"]);
    expect(meetingsOn("turkic-cooperation")).toEqual(["meeting-hungary"]);
    expect(meetingsOn("trade")).toEqual([
      "meeting-finland",
      "meeting-hungary",
      "meeting-iran",
      "meeting-slovenia",
    ]);
    for (const topic of inventory.topic ?? [])
      expect(meetingsOn(topic).length, topic).toBeGreaterThan(0);
  });

  it("cites, for a topic, a sentence that names it", () => {
    const visas = edge("meeting-iran", "discusses", "visas");
    expect(visas?.evidence.map((s) => s.exact)).toEqual([
      expect.stringContaining("agreements on the visa procedure"),
    ]);
  });

  it("holds the other relations the article states", () => {
    const expected: [string, GraphEdge["type"], string][] = [
      ["tokayev", "invites", "novak"],
      ["tokayev", "invites", "pirc-musar"],
      ["tokayev", "invites", "niinisto"],
      ["tokayev", "invites", "raisi"],
      ["tokayev", "exchanged_invitations_with", "karis"],
      ["pirc-musar", "invited_to_speak_at", "astana-international-forum"],
      ["niinisto", "invited_to_speak_at", "astana-international-forum"],
      ["orban", "will_attend", "turkic-states-summit"],
      ["turkic-states-summit", "held_in", "kazakhstan"],
      ["kazakhstan", "partner_of", "hungary"],
      ["iran", "partner_of", "kazakhstan"],
      ["finland", "partner_of", "kazakhstan"],
      ["kazakhstan", "partner_of", "finland"],
      ["astana", "street_named_after", "petofi"],
      ["kti-railway", "links", "kazakhstan"],
      ["kti-railway", "links", "turkmenistan"],
      ["kti-railway", "links", "iran"],
      ["kazakh-trade-terminal", "planned_at", "bandar-abbas"],
      ["kazakhstan", "agreements_reached_in", "tehran"],
    ];
    for (const [source, type, target] of expected) {
      expect(edge(source, type, target), `${source} ${type} ${target}`).toBeDefined();
    }
    expect(edge("kazakhstan", "partner_of", "hungary")?.label).toBe("a strategic partner of");
  });

  it("marks the mentions of demonyms and compounds as mentions of the state", () => {
    const forms = (id: string) => new Set(node(id)?.mentions.map((m) => m.exact));
    expect(forms("kazakhstan")).toEqual(
      new Set(["Kazakhstan", "Kazakh", "Kazakh-Slovenian", "Kazakh-Iranian"]),
    );
    expect(forms("hungary")).toEqual(new Set(["Hungary", "Hungarian"]));
    expect(forms("slovenia").has("Kazakh-Slovenian")).toBe(true);
    expect(forms("iran").has("Kazakh-Iranian")).toBe(true);
  });

  it("does not hold what the article does not say", () => {
    expect(edge("meeting-hungary", "discusses", "logistics")).toBeUndefined();
    expect(edge("meeting-estonia", "discusses", "trade")).toBeUndefined();
    expect(node("bandar-abbas")?.kind).toBe("place");
    expect(graph.nodes.some((n) => n.kind === "person" && /Bandar/.test(n.label))).toBe(false);
    expect(edge("orban", "participates_in", "meeting-hungary")).toBeUndefined();
    // The Orbán sentence uses "meeting" about meeting Orbán, not about the Novák meeting.
    const novak = edge("novak", "participates_in", "meeting-hungary");
    expect(novak?.evidence.some((s) => s.exact.includes("Orbán"))).toBe(false);
    // "Iranian" is not "Iran" on its own, and "IT" is never the word "it".
    for (const m of node("iran")?.mentions ?? []) expect(text.charAt(m.end)).not.toMatch(/\p{L}/u);
    expect(node("it")?.mentions.every((m) => m.exact === "IT")).toBe(true);
  });
});
