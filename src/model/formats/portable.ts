import type { Graph, Passage, Source } from "../graph/schema";

/**
 * What every interchange format carries, before it is a checked graph: the shape the writers start
 * from and the readers end at. A span names its source and carries its sentence, so a file that
 * holds no article text (GEXF) still gives back every quote at its offsets.
 */
export interface PortableSentence {
  number: number;
  paragraph: number;
  start: number;
  end: number;
  exact: string;
}

export interface PortableSpan {
  source: string;
  passage: string;
  start: number;
  end: number;
  exact: string;
  sentence?: PortableSentence;
}

export interface PortableNode {
  id: string;
  label?: string;
  kind?: string;
  role?: string;
  date?: string;
  aliases?: string[];
  mentions?: PortableSpan[];
  account?: string[];
  x?: number;
  y?: number;
}

export interface PortableEdge {
  id?: string;
  source: string;
  target: string;
  type?: string;
  label?: string;
  evidence?: PortableSpan[];
}

export interface PortableGraph {
  title?: string;
  /** The articles themselves, when the file carries them (graph-level data). */
  sources?: Source[];
  passages?: Passage[];
  nodes: PortableNode[];
  edges: PortableEdge[];
}

/** Every span with its source and its sentence: what a format that cannot hold the articles keeps. */
export function toPortable(graph: Graph): PortableGraph {
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const span = (s: Graph["edges"][number]["evidence"][number]): PortableSpan => {
    const p = passages.get(s.passage);
    return {
      source: p?.source ?? "",
      passage: s.passage,
      start: s.start,
      end: s.end,
      exact: s.exact,
      ...(p
        ? {
            sentence: {
              number: p.number,
              paragraph: p.paragraph,
              start: p.start,
              end: p.end,
              exact: p.exact,
            },
          }
        : {}),
    };
  };
  return {
    ...(graph.title ? { title: graph.title } : {}),
    sources: graph.sources,
    passages: graph.passages,
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      ...(n.role ? { role: n.role } : {}),
      ...(n.date ? { date: n.date } : {}),
      aliases: n.aliases,
      mentions: n.mentions.map(span),
      ...(n.account ? { account: n.account } : {}),
      ...(n.position ? { x: n.position.x, y: n.position.y } : {}),
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.label,
      evidence: e.evidence.map(span),
    })),
  };
}
