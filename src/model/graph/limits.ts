/**
 * How big a graph file's parts may be. Generous for real corpora (the seed article has 4,445
 * characters, 30 passages, 52 nodes and 100 relations; a week of summit coverage is a few hundred
 * readouts of 2 to 6 KB), small enough that a runaway or hostile file is refused with a short
 * message instead of freezing the page.
 */
export const GRAPH_LIMITS = {
  /** Node ids (slugs), which permalinks show. */
  nodeId: 100,
  /** Source ids (slugs), which qualify passage ids in permalinks. */
  sourceId: 60,
  /** Passage ids ("source.s12"). */
  passageId: 80,
  /** Relation ids ("source.type.target"). */
  edgeId: 250,
  /** Labels, aliases, roles, relation labels, publishers. */
  name: 200,
  /** Article titles and the graph's own title. */
  title: 500,
  /** A source's address (URL). */
  address: 2_000,
  aliasesPerNode: 50,
  /** Articles in one graph: a corpus of a thousand readouts, with room to spare. */
  sources: 5_000,
  /** One article's text (UTF-16 code units): a long feature has 100,000. */
  sourceText: 1_000_000,
  /** All the articles' texts together. */
  corpusText: 20_000_000,
  /** Sentences of every source together. */
  passages: 500_000,
  /** Graphs of tens of thousands of nodes must load (the benchmark draws 20,000). */
  nodes: 100_000,
  edges: 400_000,
  /** Mentions of one node, evidence of one relation (a merged corpus cites a fact many times). */
  spansPerElement: 5_000,
  /** Disagreeing versions of one element's fields (label, role, date) across its sources. */
  versionsPerElement: 200,
} as const;

/** The whole file, in characters: checked before it is parsed. */
export const GRAPH_FILE_MAX_CHARS = 50_000_000;
