import { GRAPH_LIMITS } from "../graph/limits";

/**
 * What Open takes at once. A file is refused by its size before a byte of it is read; the rest is
 * checked as it is parsed, so a hostile file costs at most one worker's second, never the page.
 */
export const OPEN_LIMITS = {
  /** One file, in bytes: a 20,000-node graph file of ours is about 15 MB. */
  fileBytes: 25 * 1024 * 1024,
  /**
   * Files opened together (articles are merged into one graph): a folder of a week's readouts. What
   * they may weigh together is capped too, so many files cost no more than one large one could.
   */
  files: 1_000,
  totalBytes: 100 * 1024 * 1024,
  /** One article, in characters (the extractor's own limit: a long feature has 100,000). */
  articleChars: GRAPH_LIMITS.sourceText,
  nodes: GRAPH_LIMITS.nodes,
  edges: GRAPH_LIMITS.edges,
} as const;
