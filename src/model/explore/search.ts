import MiniSearch from "minisearch";
import { addTo } from "../graph/multiMap";
import { fold } from "../text/fold";
import { topicRoleOf } from "../graph/kinds";
import { relationText } from "../graph/relationSentence";
import type { Graph, GraphNode } from "../graph/schema";

export type SearchResultType = "node" | "edge" | "passage";

export interface SearchResult {
  type: SearchResultType;
  id: string;
  /** What the result is called: a node's label, a relation read out, a sentence. */
  title: string;
  /** A second line: the node's kind and role, the relation's type, the sentence's paragraph. */
  detail: string;
}

interface SearchDocument {
  key: string;
  type: SearchResultType;
  id: string;
  title: string;
  detail: string;
  names: string;
  text: string;
}

const STOP_WORDS = new Set(
  "a an and are as at be by did does for from how in is it of on or the to was what where which who with".split(
    " ",
  ),
);

const GROUP_ORDER: SearchResultType[] = ["node", "edge", "passage"];
const GROUP_LIMIT: Record<SearchResultType, number> = { node: 8, edge: 5, passage: 5 };

function documents(graph: Graph): SearchDocument[] {
  const nodeOf = new Map(graph.nodes.map((n) => [n.id, n]));
  const around = whoTookPart(graph, nodeOf);
  // With several sources, a sentence says whose it is.
  const sourceOf = new Map(
    graph.sources.length > 1 ? graph.sources.map((s) => [s.id, s.publisher ?? s.title]) : [],
  );
  return [
    ...graph.nodes.map((n) => ({
      key: `node:${n.id}`,
      type: "node" as const,
      id: n.id,
      title: n.label,
      detail: [n.kind, n.role].filter(Boolean).join(" · "),
      names: [n.label, ...n.aliases].join(" "),
      // An event is found by who took part and whom they represent: "Iran" finds its meeting.
      text: [n.role ?? "", ...(around.get(n.id) ?? [])].join(" "),
    })),
    ...graph.edges.map((e) => {
      const title = relationText(e, (id) => nodeOf.get(id));
      return {
        key: `edge:${e.id}`,
        type: "edge" as const,
        id: e.id,
        title,
        detail: "relation",
        names: "",
        text: title,
      };
    }),
    ...graph.passages.map((p) => ({
      key: `passage:${p.id}`,
      type: "passage" as const,
      id: p.id,
      title: p.exact,
      detail: [sourceOf.get(p.source), `paragraph ${p.paragraph}`].filter(Boolean).join(" · "),
      names: "",
      text: p.exact,
    })),
  ];
}

/** For each event, the names (labels, not every alias) of who took part and of whom they represent. */
function whoTookPart(graph: Graph, nodeOf: ReadonlyMap<string, GraphNode>): Map<string, string[]> {
  const represents = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (topicRoleOf(e.type) === "represents") addTo(represents, e.source, e.target);
  }
  const names = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (topicRoleOf(e.type) !== "attends") continue;
    for (const id of [e.source, ...(represents.get(e.source) ?? [])]) {
      const node = nodeOf.get(id);
      if (node) addTo(names, e.target, node.label);
    }
  }
  return names;
}

/**
 * A search over a graph's nodes, relations and sentences that forgives how people type: accents,
 * case, aliases and demonyms, prefixes ("kaz") and small typos ("niinsto"). Results come grouped,
 * nodes first, then relations, then sentences, each group by relevance.
 */
export function createSearch(graph: Graph): (query: string) => SearchResult[] {
  const index = new MiniSearch<SearchDocument>({
    idField: "key",
    fields: ["names", "text"],
    processTerm: (term) => {
      const folded = fold(term);
      return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
    },
    searchOptions: {
      boost: { names: 3 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : term.length > 3 ? 1 : 0),
    },
  });
  const all = documents(graph);
  index.addAll(all);
  // The results as shown, by the key MiniSearch hands back.
  const byKey = new Map(
    all.map(({ key, type, id, title, detail }): [string, SearchResult] => [
      key,
      { type, id, title, detail },
    ]),
  );

  return (query) => {
    if (query.trim() === "") return [];
    const hits = index.search(query).flatMap((hit) => {
      const stored = byKey.get(String(hit.id));
      return stored ? [stored] : [];
    });
    return GROUP_ORDER.flatMap((type) =>
      hits.filter((hit) => hit.type === type).slice(0, GROUP_LIMIT[type]),
    );
  };
}
