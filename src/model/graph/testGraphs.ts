import type { Graph } from "./schema";

/**
 * A small made-up graph for unit tests: nodes and relations only, with one mention and one evidence
 * span each pointing at a one-sentence source.
 */
export function smallGraph(nodeIds: string[], edges: [string, string][]): Graph {
  const text = "A sentence.";
  const span = { start: 0, end: text.length, exact: text, passage: "test.s1" };
  return {
    schemaVersion: 2,
    sources: [{ id: "test", title: "A test", text }],
    passages: [
      {
        id: "test.s1",
        source: "test",
        number: 1,
        paragraph: 1,
        start: 0,
        end: text.length,
        exact: text,
      },
    ],
    nodes: nodeIds.map((id) => ({
      id,
      kind: "state",
      label: id.toUpperCase(),
      aliases: [id],
      mentions: [span],
    })),
    edges: edges.map(([source, target], i) => ({
      id: `${source}.links.${target}.${i}`,
      type: "links",
      source,
      target,
      label: "links",
      evidence: [span],
    })),
  };
}
