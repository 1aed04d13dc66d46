import type { Passage } from "../model/graph/schema";
import type { DerivedEdge } from "./derivedEdge";
import type { Discourse } from "./discourse";
import { KnowledgeError } from "./KnowledgeError";
import type { KnowledgeRelation } from "./knowledgeSchema";

export function relationEntry(relation: KnowledgeRelation): string {
  return `relation "${relation.source} ${relation.type} ${relation.target}"`;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * A curated relation, located by its quote(s): the evidence is every sentence a quote touches. Each
 * quote must point at one place, and each end must be named in, or understood from, that evidence;
 * otherwise the knowledge file claims something the quoted words do not say.
 */
export function quotedRelation(
  text: string,
  discourse: Discourse,
  relation: KnowledgeRelation,
): DerivedEdge {
  const entry = relationEntry(relation);
  const quotes = typeof relation.quote === "string" ? [relation.quote] : relation.quote;
  const evidence = new Map<string, Passage>();
  for (const quote of quotes.map((q) => q.normalize("NFC"))) {
    const found = occurrences(text, quote);
    if (found.length === 0)
      throw new KnowledgeError(entry, `quote "${quote}" is not in the article`);
    if (found.length > 1) {
      throw new KnowledgeError(
        entry,
        `quote "${quote}" occurs ${found.length} times; quote more words so that it points at one place`,
      );
    }
    const start = found[0] ?? 0;
    const end = start + quote.length;
    for (const p of discourse.passages) if (p.start < end && p.end > start) evidence.set(p.id, p);
  }
  const passages = [...evidence.values()].sort((a, b) => a.start - b.start);
  for (const end of [relation.source, relation.target]) {
    const stated = passages.some(
      (p) => discourse.isPresent(end, p.id) || discourse.isImplicit(end, p.id),
    );
    if (!stated) {
      throw new KnowledgeError(entry, `no quoted sentence names or implies "${end}"`);
    }
  }
  return { entry, ...relation, evidence: passages };
}
