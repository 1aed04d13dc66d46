import { NODE_KINDS, RELATIONS } from "../model/graph/kinds";
import {
  GraphSchema,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Source,
  type Span,
} from "../model/graph/schema";
import { storyLayout } from "../model/layout/storyLayout";
import { runLayout } from "../model/layout/layout";
import { truncate } from "../model/text/quote";
import { parseArticle, splitPassages } from "./article";
import type { DerivedEdge } from "./derivedEdge";
import { buildDiscourse } from "./discourse";
import { locateForms } from "./gazetteer";
import { KnowledgeError } from "./KnowledgeError";
import type { Knowledge } from "./knowledgeSchema";
import { parseKnowledge } from "./parseKnowledge";
import { meetingFacts } from "./meetingRelations";
import { quotedRelation } from "./quotedRelations";

/**
 * The whole build: the published article plus the knowledge file in, the validated graph out.
 * Pure and deterministic: the same inputs give the same graph, in the same order.
 */
export function buildGraph(rawArticle: string, rawKnowledge: unknown): Graph {
  const knowledge = parseKnowledge(rawKnowledge);
  const { date, text } = parseArticle(rawArticle);
  const source = sourceOf(knowledge, date, text);
  const passages = splitPassages(text, source.id);

  const mentionsByNode = new Map<string, Span[]>();
  const locate = (entry: string, id: string, forms: readonly string[]) => {
    const located = locateForms(text, passages, forms);
    const [unused] = located.unused;
    if (unused !== undefined) {
      throw new KnowledgeError(entry, `alias "${unused}" occurs nowhere in the article`);
    }
    const [straddling] = located.straddling;
    if (straddling !== undefined) {
      throw new KnowledgeError(entry, `"${straddling}" spans two sentences`);
    }
    mentionsByNode.set(id, located.mentions);
  };
  for (const e of knowledge.entities) locate(`entity "${e.id}"`, e.id, e.aliases);
  for (const t of knowledge.topics) locate(`topic "${t.id}"`, t.id, t.terms);
  const cueSpans = locateForms(text, passages, knowledge.lexicon.meetingCues).mentions;

  const heads = new Map<string, Set<string>>();
  for (const r of knowledge.relations.filter((r) => r.type === "heads")) {
    heads.set(r.source, (heads.get(r.source) ?? new Set()).add(r.target));
  }

  const discourse = buildDiscourse({
    passages,
    mentionsByNode,
    cueSpans,
    meetings: knowledge.meetings,
    heads,
  });

  const leaderIds = new Set(knowledge.entities.filter((e) => e.kind === "leader").map((e) => e.id));
  const meetings = meetingFacts({
    discourse,
    meetings: knowledge.meetings,
    topicIds: [
      ...knowledge.topics.map((t) => t.id),
      ...knowledge.entities.filter((e) => e.kind === "infrastructure").map((e) => e.id),
    ],
    leaderIds,
    reportedBy: knowledge.reportedBy,
  });
  const quoted = knowledge.relations.map((r) => quotedRelation(text, discourse, r));
  const edges = toEdges([...meetings.edges, ...quoted]);

  const labelOf = new Map(knowledge.entities.map((e) => [e.id, e.label]));
  const roleOf = (id: string) => {
    const roles = edges
      .filter((e) => e.type === "heads" && e.source === id)
      .map((e) => `${e.label} ${labelOf.get(e.target) ?? e.target}`);
    return roles.length > 0 ? roles.join("; ") : undefined;
  };
  const mentionsOf = (id: string) => mentionsByNode.get(id) ?? meetings.mentions.get(id) ?? [];

  const nodes: GraphNode[] = [
    ...knowledge.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      aliases: e.aliases,
      ...optional("role", e.role ?? roleOf(e.id)),
      ...optional("date", e.date),
      mentions: mentionsOf(e.id),
    })),
    ...knowledge.meetings.map((m) => ({
      id: m.id,
      kind: "event" as const,
      label: m.label,
      aliases: [...new Set(mentionsOf(m.id).map((s) => s.exact))],
      role: "bilateral meeting",
      date: m.date,
      mentions: mentionsOf(m.id),
      account: discourse.passages
        .filter((p) => discourse.meetingOf(p.id)?.id === m.id)
        .map((p) => p.id),
    })),
    ...knowledge.topics.map((t) => ({
      id: t.id,
      kind: "topic" as const,
      label: t.label,
      aliases: t.terms,
      mentions: mentionsOf(t.id),
    })),
  ];
  nodes.sort((a, b) => NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind));
  // Laid out here too, so the seed draws at once and every reader sees the same picture.
  const positions = runLayout({ nodes, edges }, storyLayout);

  return GraphSchema.parse({
    schemaVersion: 2,
    sources: [source],
    passages,
    nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) })),
    edges,
  });
}

/**
 * The article as a source: named by the knowledge file where it says, else by its date; the title
 * defaults to the opening sentence, as a reader would quote it.
 */
function sourceOf(knowledge: Knowledge, lineDate: string | undefined, text: string): Source {
  const given = knowledge.source ?? {};
  const date = lineDate ?? given.date;
  return {
    id: given.id ?? (date ? `article-${date.slice(0, 10)}` : "article"),
    title: given.title ?? truncate(text.split("\n")[0] ?? text, 120),
    ...optional("date", date),
    ...optional("publisher", given.publisher),
    ...optional("address", given.address),
    text,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function toEdges(derived: DerivedEdge[]): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  for (const d of derived) {
    const id = `${d.source}.${d.type}.${d.target}`;
    if (edges.has(id)) throw new KnowledgeError(d.entry, `duplicate relation "${id}"`);
    edges.set(id, {
      id,
      type: d.type,
      source: d.source,
      target: d.target,
      label: d.label ?? RELATIONS[d.type].phrase,
      evidence: d.evidence.map((p) => ({
        start: p.start,
        end: p.end,
        exact: p.exact,
        passage: p.id,
      })),
    });
  }
  return [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
