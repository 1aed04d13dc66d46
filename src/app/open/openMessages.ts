import type { FileKind } from "../../model/formats/detect";
import type { Graph } from "../../model/graph/schema";

export interface OpenInput {
  name: string;
  bytes: ArrayBuffer;
}

/** The graph on screen, when what is opened is added to it rather than replacing it. */
export interface OpenBase {
  graph: Graph;
  kind: FileKind;
}

/**
 * What the page asks of the open worker: files (or pasted text, as a file) to make one graph of,
 * and the graph on screen when they are to be added to it.
 */
export interface OpenRequest {
  files: OpenInput[];
  base?: OpenBase;
}

/** How far it is, the graph with what was changed on the way in, or which file failed and why. */
export type OpenReply =
  | { type: "progress"; step: string; done: number; total: number }
  | { type: "done"; graph: Graph; kind: FileKind; notes: string[] }
  | { type: "failed"; name: string; reason: string };
