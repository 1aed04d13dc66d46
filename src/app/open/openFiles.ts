import type { FileKind } from "../../model/formats/detect";
import { readFile } from "../../model/formats/detect";
import { FormatError } from "../../model/formats/FormatError";
import { idMaker, slugify } from "../../model/formats/ids";
import { GRAPH_LIMITS } from "../../model/graph/limits";
import type { Graph } from "../../model/graph/schema";
import { ArticleError } from "../../pipeline/extract/article";
import { extractGraph } from "../../pipeline/extract/extractGraph";
import { mergeGraphs } from "../../pipeline/merge/mergeGraphs";
import { decodeText } from "./decodeText";
import type { OpenBase, OpenInput } from "./openMessages";

/** A file that could not be opened: its name and the reason, for the message. */
export class OpenError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "OpenError";
  }
}

export interface OpenResult {
  graph: Graph;
  kind: FileKind;
  notes: string[];
}

/** One opened file's graph, with what kind of file it was and what it said on the way in. */
interface Opened extends OpenResult {
  name: string;
}

/** `openOne`'s source ids: unique among themselves and those of the graph added to. */
type SourceIds = ReturnType<typeof idMaker>;

function openOne(file: OpenInput, sourceId: SourceIds): Opened {
  try {
    const read = readFile(file.name, decodeText(new Uint8Array(file.bytes)));
    if (read.kind !== "article") return { name: file.name, ...read };
    const stem = file.name.replace(/\.[a-z]+$/i, "");
    return {
      name: file.name,
      kind: "article",
      graph: extractGraph(read.text, { sourceId: sourceId(slugify(stem, 50), stem) }).graph,
      notes: [],
    };
  } catch (error) {
    if (error instanceof FormatError || error instanceof ArticleError)
      throw new OpenError(file.name, error.reason);
    throw new OpenError(file.name, error instanceof Error ? error.message : String(error));
  }
}

/** Graph files whose nodes meet none of the others': merged, they stand apart, and the reader is told. */
function apartNotes(opened: readonly Opened[], base: OpenBase | undefined): string[] {
  const ids = new Map<string, number>();
  const all = [...(base ? [{ name: "", ...base }] : []), ...opened];
  for (const o of all)
    for (const id of new Set(o.graph.nodes.map((n) => n.id))) ids.set(id, (ids.get(id) ?? 0) + 1);
  return opened
    .filter((o) => o.kind !== "article" && o.graph.nodes.every((n) => (ids.get(n.id) ?? 0) < 2))
    .map(
      (o) =>
        `“${o.name}” has nothing to merge on (no state, person, meeting or topic the others name): its nodes stand apart in the graph.`,
    );
}

/**
 * One graph from the files given, added to `base` when there is one: a file alone as it reads, or
 * several (articles, each extracted, and graph files) merged into one (`mergeGraphs`): the same
 * state, person or topic one node, a meeting several outlets report one meeting, every source kept.
 * An article already in the graph (the same text) is not added twice.
 */
export function openFiles(
  files: OpenInput[],
  tell: (step: string, done: number, total: number) => void,
  base?: OpenBase,
): OpenResult {
  const sourceId = idMaker(GRAPH_LIMITS.sourceId);
  for (const s of base?.graph.sources ?? []) sourceId(s.id, s.id);
  const texts = new Set(base?.graph.sources.map((s) => s.text));
  const opened: Opened[] = [];
  const notes: string[] = [];
  files.forEach((file, i) => {
    tell(`Reading ${i + 1} of ${files.length}`, i, files.length);
    const one = openOne(file, sourceId);
    if (one.kind === "article" && texts.has(one.graph.sources[0]?.text ?? "")) {
      notes.push(`“${file.name}” was not added again: its text is already in the graph.`);
      return;
    }
    for (const s of one.graph.sources) texts.add(s.text);
    opened.push(one);
  });
  const [first] = opened;
  if (!base && opened.length === 1 && first) return first;
  if (!first && !base)
    throw new OpenError(files[0]?.name ?? "the files", "nothing in them could be opened");
  if (!first && base) return { ...base, notes };
  tell("Merging", files.length, files.length);
  const graphs = [...(base ? [base.graph] : []), ...opened.map((o) => o.graph)];
  const articlesOnly =
    (base?.kind ?? "article") === "article" && opened.every((o) => o.kind === "article");
  return {
    graph: mergeGraphs(graphs),
    kind: articlesOnly ? "article" : "graph",
    notes: [...notes, ...opened.flatMap((o) => o.notes), ...apartNotes(opened, base)],
  };
}
