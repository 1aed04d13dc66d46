import { titleFamily } from "../lexicon/titles";
import type { Person, PersonMention } from "./persons";
import { personForRole } from "./references";
import { spanOf, type Sentence } from "./sentence";
import type { TitledMention } from "./titles";

/** "your Prime Minister", "our minister": someone else's, or the host's own side, never the one met. */
const NOT_THEIRS = new Set(["your", "our"]);

/** The titles of a sentence that name no one and may stand for someone named elsewhere. */
export function rolesOf(sentence: Sentence, mentions: readonly PersonMention[]): TitledMention[] {
  return sentence.titles.filter(
    (t) =>
      !t.name &&
      !t.plural &&
      !(t.owner !== undefined && NOT_THEIRS.has(t.owner)) &&
      (t.definite ||
        t.owner !== undefined ||
        t.affiliation !== undefined ||
        t.modifier !== undefined) &&
      !mentions.some((m) => t.titleFrom >= m.from && t.titleFrom < m.to),
  );
}

/**
 * "The Head of State", "the President", "the Kazakh leader": titles without a name that stand for
 * the host or for someone named, who are the same office (and state, when it is given). They
 * become mentions of that person.
 */
export function mentionRoles(
  sentences: readonly Sentence[],
  mentions: PersonMention[][],
  persons: readonly Person[],
  host: Person,
): void {
  for (const sentence of sentences) {
    const list = mentions[sentence.index] ?? [];
    for (const t of rolesOf(sentence, list)) {
      const hostsOffice =
        host.title !== undefined && titleFamily(host.title) === titleFamily(t.title.label);
      const person =
        personForRole(t, persons, host) ?? (hostsOffice && !t.affiliation ? host : undefined);
      if (!person) continue;
      list.push({ person, sentence: sentence.index, from: t.titleFrom, to: t.titleTo, titled: t });
      person.mentions.push(spanOf(sentence, t.titleFrom, t.titleTo));
    }
    list.sort((a, b) => a.from - b.from);
    mentions[sentence.index] = list;
  }
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
}
