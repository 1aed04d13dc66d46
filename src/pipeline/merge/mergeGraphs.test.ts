import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GraphSchema, type Graph, type Span } from "../../model/graph/schema";
import { extractGraph } from "../extract/extractGraph";
import { mergeGraphs } from "./mergeGraphs";

/** The hand-written corpus: four outlets' readouts of the same meetings in Ashgabat. */
const folder = new URL("../../../e2e/fixtures/corpus/", import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const graphOf = (sourceId: string, text: string) => extractGraph(text, { sourceId }).graph;
const corpus: Graph[] = files.map((f) =>
  graphOf(f.replace(/\.txt$/, ""), readFileSync(new URL(f, folder), "utf8")),
);
const merged = GraphSchema.parse(mergeGraphs(corpus));

const meetings = (g: Graph) => g.nodes.filter((n) => n.role === "bilateral meeting");
const node = (g: Graph, id: string) => g.nodes.find((n) => n.id === id);
const sourceOf = (passage: string) => passage.split(".")[0];
const spanKey = (s: Span) => `${s.passage}:${s.start}:${s.end}`;

/** A readout of one meeting of Tokayev's, dated as asked (or not at all). */
function readout(id: string, counterpart: string, date?: string) {
  const day = date
    ? ` on ${new Date(date).toLocaleDateString("en-GB", { month: "long", day: "numeric", timeZone: "UTC" })}`
    : "";
  return graphOf(
    id,
    `${date ? `date ${date}\n` : ""}ASTANA – President of Kazakhstan Kassym-Jomart Tokayev met with ${counterpart}${day} in Astana, the Akorda press service reported.\n\nThe Presidents discussed trade and transport.`,
  );
}

describe("the corpus merged: one graph of four outlets", () => {
  it("keeps every source, with its title, date and publisher, and passes the schema", () => {
    expect(merged.sources.map((s) => s.id)).toEqual(files.map((f) => f.replace(/\.txt$/, "")));
    expect(merged.sources.every((s) => s.title && s.date && s.publisher)).toBe(true);
    expect(merged.passages).toHaveLength(corpus.reduce((n, g) => n + g.passages.length, 0));
  });

  it("makes one node of a person under every spelling, every form among its aliases", () => {
    const leaders = merged.nodes.filter((n) => n.kind === "leader").map((n) => n.id);
    expect(leaders.sort()).toEqual(["aliyev", "erdogan", "raisi", "tokayev"]);
    expect(node(merged, "tokayev")?.aliases).toEqual(
      expect.arrayContaining(["Kassym-Jomart Tokayev", "Kassym-Jomart Tokaev", "Tokaev"]),
    );
    expect(node(merged, "raisi")?.aliases).toEqual(
      expect.arrayContaining(["Ebrahim Raisi", "Ibrahim Raisi"]),
    );
    // Spellings are no disagreement.
    expect(node(merged, "tokayev")?.versions?.some((v) => v.field === "label")).toBeFalsy();
  });

  it("makes one meeting of one meeting however many outlets report it, from either side", () => {
    expect(meetings(merged).map((m) => m.id)).toEqual([
      "meeting-azerbaijan",
      "meeting-iran",
      "meeting-turkiye",
    ]);
    const sourcesOf = (id: string) =>
      new Set(node(merged, id)?.mentions.map((m) => sourceOf(m.passage)));
    expect(sourcesOf("meeting-iran")).toEqual(
      new Set(["akorda-2024-03-05", "irna-2024-03-05", "kazinform-2024-03-06"]),
    );
    expect(sourcesOf("meeting-turkiye").size).toBe(3);
    // Its account holds the passages of every source, each source's in reading order.
    const account = node(merged, "meeting-iran")?.account ?? [];
    expect(new Set(account.map(sourceOf)).size).toBe(3);
    const irna = account.filter((p) => p.startsWith("irna"));
    expect(irna).toEqual(corpus[1]?.nodes.find((n) => n.id === "meeting-kazakhstan")?.account);
  });

  it("keeps both dates of a meeting one outlet dates a day later, each with its source", () => {
    const iran = node(merged, "meeting-iran");
    expect(iran?.date).toBe("2024-03-05");
    // IRNA dates it "on Tuesday", in its report of Tuesday, 5 March.
    expect(iran?.versions).toEqual([
      { field: "date", value: "2024-03-05", sources: ["akorda-2024-03-05", "irna-2024-03-05"] },
      { field: "date", value: "2024-03-06", sources: ["kazinform-2024-03-06"] },
    ]);
    expect(node(merged, "meeting-turkiye")?.versions).toEqual([
      { field: "date", value: "2024-03-05", sources: ["akorda-2024-03-05", "trend-2024-03-05"] },
      { field: "date", value: "2024-03-06", sources: ["kazinform-2024-03-06"] },
    ]);
  });

  it("keeps a title only one outlet gives as a version, under the one most give", () => {
    const tokayev = node(merged, "tokayev");
    expect(tokayev?.role).toBe("President of Kazakhstan");
    expect(tokayev?.versions?.find((v) => v.value === "Head of State")?.sources).toEqual([
      "kazinform-2024-03-06",
    ]);
  });

  it("cites a topic only one outlet mentions with that outlet alone", () => {
    const agriculture = merged.edges.find((e) => e.id === "meeting-iran.discusses.agriculture");
    expect(new Set(agriculture?.evidence.map((s) => sourceOf(s.passage)))).toEqual(
      new Set(["irna-2024-03-05"]),
    );
    const trade = merged.edges.find((e) => e.id === "meeting-iran.discusses.trade");
    expect(new Set(trade?.evidence.map((s) => sourceOf(s.passage))).size).toBe(3);
  });

  it("loses no mention and no evidence: every span of every article is in the merged graph", () => {
    const mentions = new Set(merged.nodes.flatMap((n) => n.mentions.map(spanKey)));
    const evidence = new Set(merged.edges.flatMap((e) => e.evidence.map(spanKey)));
    for (const g of corpus) {
      for (const n of g.nodes) for (const m of n.mentions) expect(mentions).toContain(spanKey(m));
      for (const e of g.edges) for (const s of e.evidence) expect(evidence).toContain(spanKey(s));
    }
    // And every relation's ends are merged nodes.
    const ids = new Set(merged.nodes.map((n) => n.id));
    expect(merged.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(merged.edges.every((e) => e.id === `${e.source}.${e.type}.${e.target}`)).toBe(true);
  });

  it("gives the same graph whatever order the articles come in, and the same bytes twice", () => {
    expect(JSON.stringify(mergeGraphs(corpus))).toBe(JSON.stringify(merged));
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: 2 }), (some) => {
        const g = GraphSchema.parse(mergeGraphs(some));
        const reporting = (id: string) => some.some((s) => s.nodes.some((n) => n.id === id));
        expect(meetings(g).length).toBe(
          new Set(
            some.flatMap((s) =>
              meetings(s).map((m) => (m.id === "meeting-kazakhstan" ? "meeting-iran" : m.id)),
            ),
          ).size,
        );
        expect(g.nodes.filter((n) => n.kind === "leader").length).toBe(
          ["aliyev", "erdogan", "raisi"].filter(reporting).length + 1,
        );
      }),
      { numRuns: 40 },
    );
  });

  it("merges a merged graph again with the rest into the same nodes and relations", () => {
    // A value a merged graph gives without versions counts for each of its sources, so only the
    // attribution of versions may differ from merging all at once.
    const stepwise = GraphSchema.parse(
      mergeGraphs([mergeGraphs(corpus.slice(0, 2)), ...corpus.slice(2)]),
    );
    const shape = (g: Graph) => g.nodes.map((n) => [n.id, n.label, n.role, n.date, n.mentions]);
    expect(shape(stepwise)).toEqual(shape(merged));
    expect(stepwise.edges).toEqual(merged.edges);
  });
});

describe("meetings across articles", () => {
  const raisi = "President of Iran Ebrahim Raisi";

  it("merges a meeting dated a day apart, not two days apart (ids then qualified by date)", () => {
    const near = mergeGraphs([
      readout("a", raisi, "2024-03-05"),
      readout("b", raisi, "2024-03-06"),
    ]);
    expect(meetings(near).map((m) => m.id)).toEqual(["meeting-iran"]);
    const far = GraphSchema.parse(
      mergeGraphs([readout("a", raisi, "2024-03-05"), readout("b", raisi, "2024-03-07")]),
    );
    expect(meetings(far).map((m) => m.id)).toEqual([
      "meeting-iran-2024-03-05",
      "meeting-iran-2024-03-07",
    ]);
    expect(far.edges.map((e) => e.id)).toContain("raisi.participates_in.meeting-iran-2024-03-07");
  });

  it("joins an undated meeting to the one meeting of the same people, and to none if there are two", () => {
    const one = mergeGraphs([readout("a", raisi, "2024-03-05"), readout("b", raisi)]);
    expect(meetings(one).map((m) => m.id)).toEqual(["meeting-iran"]);
    expect(meetings(one)[0]?.date).toBe("2024-03-05");
    const two = GraphSchema.parse(
      mergeGraphs([
        readout("a", raisi, "2024-03-05"),
        readout("b", raisi, "2024-06-01"),
        readout("c", raisi),
      ]),
    );
    expect(meetings(two)).toHaveLength(3);
  });

  it("matches an undated meeting by its article's date, a day from the meeting's", () => {
    const dated = readout("b", raisi);
    dated.sources = dated.sources.map((s) => ({ ...s, date: "2024-03-06" }));
    const g = mergeGraphs([
      readout("a", raisi, "2024-03-05"),
      readout("c", raisi, "2024-06-01"),
      dated,
    ]);
    expect(meetings(g).map((m) => m.mentions.map((s) => sourceOf(s.passage)))).toContainEqual([
      "a",
      "b",
    ]);
  });

  it("never merges meetings with different people, nor namesakes who head different states", () => {
    const g = GraphSchema.parse(
      mergeGraphs([
        readout("a", "President of Hungary Katalin Novák", "2024-03-05"),
        readout("b", "President of Croatia Katalin Novak", "2024-03-05"),
      ]),
    );
    expect(g.nodes.filter((n) => n.kind === "leader").map((n) => n.id)).toEqual([
      "novak-croatia",
      "novak-hungary",
      "tokayev",
    ]);
    expect(meetings(g)).toHaveLength(2);
  });
});

describe("sources across graphs", () => {
  it("keeps one copy of an article given twice, and renames another article under a taken id", () => {
    const a = readout("same", "President of Iran Ebrahim Raisi", "2024-03-05");
    const twice = GraphSchema.parse(mergeGraphs([a, a]));
    expect(twice.sources).toHaveLength(1);
    expect(twice.nodes).toEqual([...a.nodes].sort((x, y) => (x.id < y.id ? -1 : 1)));
    const b = readout("same", "President of Türkiye Recep Tayyip Erdoğan", "2024-03-05");
    const both = GraphSchema.parse(mergeGraphs([a, b]));
    expect(both.sources.map((s) => s.id)).toEqual(["same", "same-2"]);
    expect(both.passages.filter((p) => p.source === "same-2")).toHaveLength(b.passages.length);
  });
});
