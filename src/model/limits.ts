/**
 * How big a graph file's parts may be. Generous for real articles (the UNGA article has 4,445
 * characters, 30 passages, 52 nodes and 100 relations; its longest id has 29 characters, label 36,
 * alias 60, role 25, relation id 58), small enough that a runaway or hostile file is refused with a
 * short message instead of freezing the page.
 */
export const GRAPH_LIMITS = {
  /** Node ids (slugs), which permalinks show. */
  nodeId: 100,
  /** Relation ids ("source.type.target"). */
  edgeId: 250,
  /** Labels, aliases, roles and relation labels. */
  name: 200,
  aliasesPerNode: 50,
  /** The article text (UTF-16 code units): a long feature has 100,000; generated graphs more. */
  articleText: 5_000_000,
  passages: 100_000,
  /** Graphs of tens of thousands of nodes must load (the benchmark draws 20,000). */
  nodes: 100_000,
  edges: 400_000,
  /** Mentions of one node, evidence of one relation. */
  spansPerElement: 2_000,
} as const;

/** The whole file, in characters: checked before it is parsed. */
export const GRAPH_FILE_MAX_CHARS = 50_000_000;
