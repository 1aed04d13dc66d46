import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Graph } from "../../model/graph/schema";
import { ArticleError } from "./article";
import { extractGraph } from "./extractGraph";

/** Pieces of readouts, shuffled into texts that exercise the grammar more than random letters. */
const PIECES = [
  "President of Kazakhstan Kassym-Jomart Tokayev",
  "Hungarian President Katalin Novák",
  "King Abdullah II of Jordan",
  "the Head of State",
  "UN Secretary-General António Guterres",
  " met with ",
  " held talks with ",
  " will hold talks with ",
  " looking forward to meeting ",
  " received ",
  " on the sidelines of the ",
  " summit in New York on Sept. 18",
  " December 1-2",
  ", reported the Akorda press service.",
  " (Xinhua) – ",
  "ASTANA – ",
  "U.S. ",
  "Dr. ",
  "“",
  "”",
  '"',
  "'s ",
  "’s ",
  ". ",
  "\n",
  "\n\n",
  " and ",
  " trade, transport and logistics",
  " Kazakhstan – Turkmenistan – Iran railway",
  " Port of Aktau",
  "-",
  " invited ",
  " to visit ",
  "Türkiye",
  "Ebrahim Raisi",
  "Ibrahim Raisi",
  " the meeting",
];

const readoutLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(""));
const anyText = fc.oneof(
  readoutLike,
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

function spansRead(graph: Graph): boolean {
  const text = new Map(graph.sources.map((s) => [s.id, s.text]));
  const sourceOf = new Map(graph.passages.map((p) => [p.id, p.source]));
  const spans = [
    ...graph.passages.map((p) => ({ ...p, passage: p.id })),
    ...graph.nodes.flatMap((n) => n.mentions),
    ...graph.edges.flatMap((e) => e.evidence),
  ];
  return spans.every(
    (s) => text.get(sourceOf.get(s.passage) ?? "")?.slice(s.start, s.end) === s.exact,
  );
}

describe("extraction, for any text", () => {
  it("returns a graph whose every span reads its text, or refuses with a reason; never throws otherwise", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          const { graph } = extractGraph(text);
          expect(spansRead(graph)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same graph for the same text", () => {
    fc.assert(
      fc.property(readoutLike, (text) => {
        let first: string;
        try {
          first = JSON.stringify(extractGraph(text).graph);
        } catch {
          return;
        }
        expect(JSON.stringify(extractGraph(text).graph)).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});
