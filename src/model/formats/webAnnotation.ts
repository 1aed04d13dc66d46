import type { Graph, Source, Span } from "../graph/schema";

const CONTEXT = 32;

/** Where a source lives: its address when it has one, else a URN naming it within this export. */
export const sourceIri = (source: Source): string =>
  source.address ?? `urn:article-graph:source:${source.id}`;

/**
 * W3C Web Annotation (JSON-LD): one annotation per span, every relation's evidence and every node's
 * mention, each with a TextQuoteSelector (the quote, with a little text either side) and a
 * TextPositionSelector (its `[start, end)` in UTF-16 code units), targeting its source article.
 */
export function writeWebAnnotations(graph: Graph): string {
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const items: unknown[] = [];
  const annotate = (id: string, span: Span, body: object, motivation: string) => {
    const source = sources.get(passages.get(span.passage)?.source ?? "");
    if (!source) return;
    items.push({
      id: `urn:article-graph:annotation:${id}`,
      type: "Annotation",
      motivation,
      body,
      target: {
        source: sourceIri(source),
        selector: [
          {
            type: "TextQuoteSelector",
            exact: span.exact,
            prefix: source.text.slice(Math.max(0, span.start - CONTEXT), span.start),
            suffix: source.text.slice(span.end, span.end + CONTEXT),
          },
          { type: "TextPositionSelector", start: span.start, end: span.end },
        ],
      },
    });
  };
  for (const e of graph.edges) {
    const value = `${labels.get(e.source) ?? e.source} ${e.label} ${labels.get(e.target) ?? e.target}`;
    e.evidence.forEach((span, i) => {
      annotate(
        `${e.id}:${i + 1}`,
        span,
        { type: "TextualBody", purpose: "describing", value, format: "text/plain" },
        "describing",
      );
    });
  }
  for (const n of graph.nodes) {
    n.mentions.forEach((span, i) => {
      annotate(
        `${n.id}:${i + 1}`,
        span,
        {
          type: "TextualBody",
          purpose: "identifying",
          value: `${n.label} (${n.kind})`,
          format: "text/plain",
        },
        "identifying",
      );
    });
  }
  const collection = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "urn:article-graph:annotations",
    type: "AnnotationCollection",
    label: graph.title ?? graph.sources[0]?.title ?? "graph",
    total: items.length,
    first: { id: "urn:article-graph:annotations:page1", type: "AnnotationPage", items },
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
