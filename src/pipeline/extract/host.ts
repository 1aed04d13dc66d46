import { counterpartRun } from "./counterparts";
import type { Cue } from "./cues";
import type { Reason } from "./explain";
import type { TitledMention } from "./titles";
import type { Person, PersonMention } from "./persons";
import { spanOf, type Sentence } from "./sentence";
import { slugOf } from "./slug";

/** Titles by which a report names its own leader without a name. */
const ANY_LEADER = new Set(["Head of State", "leader", "Head of Government"]);

/**
 * The host: the leader whose meetings are reported, the one most meeting sentences share. Each
 * meeting sentence scores the people it names, doubly those named before the meeting word (the
 * subject: "Tokayev held talks with ..."). A report that names its leader only by title ("The Head
 * of State met ...") has a host with that title for a name.
 */
export function findHost(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  cues: readonly Cue[],
  reasons: Reason[],
): Person | undefined {
  const score = new Map<Person, number>();
  const roles = new Map<
    string,
    { count: number; first: { sentence: Sentence; mention: TitledMention } }
  >();
  // one vote a sentence, at its first meeting word; the first meeting sentence (the lead) counts double
  const firstCue = new Map<number, Cue>();
  for (const cue of cues) if (!firstCue.has(cue.sentence)) firstCue.set(cue.sentence, cue);
  let lead = 2;
  for (const [index, cue] of firstCue) {
    const sentence = sentences[index];
    if (!sentence) continue;
    // a headline (no closing stop) speaks from either side; the first sentence of the body leads
    const headline = !/[.!?"”’»)]$/u.test(sentence.passage.exact);
    const weight = headline ? 0.5 : lead;
    const here = mentions[index] ?? [];
    // whom the meeting word lists is its object, wherever it stands ("X joined Y for a meeting")
    const covered = (i: number) =>
      sentence.entityOver.has(i) ||
      here.some((m) => i >= m.from && i < m.to) ||
      sentence.titles.some((t) => i >= t.titleFrom && i < t.titleTo);
    const run = counterpartRun(sentence, cue, covered);
    const seen = new Set<Person>();
    for (const m of here) {
      if (seen.has(m.person)) continue;
      seen.add(m.person);
      const object = run !== undefined && m.from >= run.from && m.from < run.to;
      score.set(
        m.person,
        (score.get(m.person) ?? 0) + weight * (m.to <= cue.at && !object ? 2 : 1),
      );
    }
    // "He received ...": the subject is the first person the sentence before names
    const pronoun = sentence.tokens.slice(0, cue.at).find((t) => t.key === "he" || t.key === "she");
    const previous = (mentions[index - 1] ?? [])[0]?.person;
    if (pronoun && previous && !here.some((m) => m.to <= cue.at)) {
      score.set(previous, (score.get(previous) ?? 0) + weight * 2);
    }
    for (const t of sentence.titles) {
      if (!t.definite || t.titleTo > cue.at) continue;
      const label = t.title.label;
      const entry = roles.get(label) ?? { count: 0, first: { sentence, mention: t } };
      entry.count += 2 * weight;
      roles.set(label, entry);
    }
    if (!headline) lead = 1;
  }
  // the host of a readout is a head of state, government or body far more often than a minister
  for (const [person, s] of score) if (person.leads) score.set(person, s * 1.5);
  let best: Person | undefined;
  for (const [person, s] of score) if (!best || s > (score.get(best) ?? 0)) best = person;
  const bestScore = best ? (score.get(best) ?? 0) : 0;
  const [roleLabel, role] = [...roles].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  if (role && roleLabel && role.count > bestScore) {
    const { sentence, mention } = role.first;
    const host: Person = {
      id: slugOf(roleLabel),
      label: roleLabel,
      words: [],
      shortLabel: roleLabel,
      titles: [{ mention, sentence: sentence.index }],
      mentions: [],
      title: roleLabel,
      leads: true,
      ...(mention.affiliation ? { affiliation: mention.affiliation } : {}),
    };
    reasons.push({
      passage: sentence.passage.id,
      verdict: "host",
      rule: "named only by title, in the subject of most meeting sentences",
      subject: roleLabel,
    });
    return host;
  }
  if (best) {
    const first = best.mentions[0];
    reasons.push({
      passage: first?.passage ?? "",
      verdict: "host",
      rule: `the most votes of the meeting sentences (${bestScore}: two for a subject, one for an object, the lead's double, a head's half as much again)`,
      subject: best.label,
    });
  }
  return best;
}

/**
 * "The Head of State", "the President", "the Kazakh leader": titles without a name that stand for
 * the host, or for a counterpart whose title and state they give. They become mentions.
 */
export function resolveRoles(
  sentences: readonly Sentence[],
  mentions: PersonMention[][],
  host: Person | undefined,
  persons: readonly Person[],
): void {
  for (const sentence of sentences) {
    for (const t of sentence.titles) {
      if (!t.definite) continue;
      const label = t.title.label;
      const stateId = t.affiliation?.id;
      const candidates = [...(host ? [host] : []), ...persons].filter(
        (p) =>
          (p.title === label || ANY_LEADER.has(label)) &&
          (stateId === undefined || p.affiliation?.id === stateId),
      );
      const person =
        stateId === undefined
          ? host && candidates.includes(host)
            ? host
            : undefined
          : candidates[0];
      if (!person) continue;
      const list = mentions[sentence.index] ?? [];
      if (list.some((m) => m.from <= t.titleFrom && m.to >= t.titleTo)) continue;
      list.push({ person, sentence: sentence.index, from: t.titleFrom, to: t.titleTo, titled: t });
      list.sort((a, b) => a.from - b.from);
      mentions[sentence.index] = list;
      person.mentions.push(spanOf(sentence, t.titleFrom, t.titleTo));
      person.mentions.sort((a, b) => a.start - b.start);
    }
  }
}
