import type { Graph } from "./schema";

/**
 * A small made-up graph for unit tests: nodes and relations only, with one mention and one evidence
 * span each pointing at a one-sentence text.
 */
export function smallGraph(nodeIds: string[], edges: [string, string][]): Graph {
  const text = "A sentence.";
  const span = { start: 0, end: text.length, exact: text, passage: "s1" };
  return {
    schemaVersion: 1,
    article: { date: "2024-01-01", text },
    passages: [{ id: "s1", paragraph: 1, start: 0, end: text.length, exact: text }],
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
