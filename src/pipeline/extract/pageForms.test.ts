import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Graph } from "../../model/graph/schema";
import { extractGraph } from "./extractGraph";

/*
 * A readout reads the same however the page that carried it was written down: the line ends of
 * another system, a byte-order mark, non-breaking spaces, zero-width spaces, straight quotes for
 * curly ones, tabs before paragraphs, or lines hard-wrapped at one width.
 */
const FIXTURES = new URL("fixtures/", import.meta.url);
const readouts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, FIXTURES), "utf8"));

/** Wraps every line longer than `width` at the last space before it. */
function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(" ", width);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...out, rest].join("\n");
    })
    .join("\n");
}

/** The forms, in the order a page would have them applied: wrapped first, line ends last. */
const FORMS: Record<string, (text: string) => string> = {
  wrapped: (t) => hardWrap(t, 68),
  tabs: (t) => t.replace(/\n(?=\S)/g, "\n\t"),
  straightQuotes: (t) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"'),
  zeroWidth: (t) => t.replace(/\. /g, ".\u200b "),
  nonBreaking: (t) => t.replace(/ /g, "\u00a0"),
  byteOrderMark: (t) => `\ufeff${t}`,
};
const LINE_ENDS = ["\n", "\r\n", "\r"];

/** Who met whom: each meeting's participants, and what each participant heads or represents. */
function meetings(graph: Graph): string[] {
  const of = (p: string) =>
    graph.edges
      .filter((e) => e.source === p && (e.type === "heads" || e.type === "represents"))
      .map((e) => e.target)
      .sort()
      .join("+");
  return graph.nodes
    .filter((n) => n.role === "bilateral meeting")
    .map((m) =>
      graph.edges
        .filter((e) => e.type === "participates_in" && e.target === m.id)
        .map((e) => `${e.source}(${of(e.source)})`)
        .sort()
        .join(" & "),
    )
    .sort();
}

describe("a readout in any of the forms a page gives it", () => {
  it("reads the same meetings, people and states", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...readouts),
        fc.subarray(Object.keys(FORMS)),
        fc.constantFrom(...LINE_ENDS),
        (text, forms, lineEnd) => {
          const changed = forms.reduce((t, f) => FORMS[f]?.(t) ?? t, text).replace(/\n/g, lineEnd);
          expect(meetings(extractGraph(changed).graph)).toEqual(meetings(extractGraph(text).graph));
        },
      ),
      { numRuns: 150 },
    );
  });
});
