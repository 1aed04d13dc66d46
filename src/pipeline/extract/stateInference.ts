import type { EntityHit } from "./entities";
import type { Person, PersonMention } from "./persons";
import { personForRole } from "./references";
import { rolesOf } from "./roles";
import type { Reason } from "./explain";
import type { Sentence } from "./sentence";
import { capitalStateAt, type Sides } from "./sides";

/**
 * The states a sentence names, by name, by their people before a title or a name ("the Malaysian
 * Prime Minister") or by their capital ("Washington"); not an adjective of a thing ("the Iranian
 * nuclear deal").
 */
function statesNamed(s: Sentence): { id: string; label: string }[] {
  const ofPeople = (e: EntityHit) =>
    !e.demonym ||
    s.titles.some((t) => t.titleFrom >= e.to && t.titleFrom <= e.to + 1) ||
    s.tokens[e.to]?.capital === true;
  const named = s.entities
    .filter((e) => e.type === "state" && ofPeople(e))
    .map((e) => ({ id: e.id, label: e.label }));
  for (let i = 0; i < s.tokens.length; i += 1) {
    const capital = capitalStateAt(s.tokens, i);
    if (capital) named.push(capital);
  }
  return named;
}

/**
 * The state named most in `sentences`, leaving out `not`; ties go to one of `preferred` (the
 * readout's own side: "BEIJING – ... Minister of Trade of Nigeria, who is visiting China, and Vice
 * Premier Zhang"), else to the first named.
 */
function mostNamed(
  sentences: readonly Sentence[],
  not: ReadonlySet<string>,
  preferred: ReadonlySet<string> = new Set(),
): { id: string; label: string; sentence: number } | undefined {
  const counts = new Map<string, { id: string; label: string; sentence: number; n: number }>();
  for (const s of sentences)
    for (const state of statesNamed(s)) {
      if (not.has(state.id)) continue;
      const entry = counts.get(state.id) ?? { ...state, sentence: s.index, n: 0 };
      entry.n += 1;
      counts.set(state.id, entry);
    }
  let best: { id: string; label: string; sentence: number; n: number } | undefined;
  for (const entry of counts.values())
    if (
      !best ||
      entry.n > best.n ||
      (entry.n === best.n && preferred.has(entry.id) && !preferred.has(best.id))
    )
      best = entry;
  return best;
}

/**
 * What a person the text gives no state is of. A counterpart: the state named most in the
 * sentences that name them (else in the readout), other than the host's and the other
 * counterparts' ("Lula met with Trump ... trade between the United States and Brazil"). The host:
 * the one state the readout is told from (its dateline or agency), when no counterpart is of it.
 * Each is cited by the sentence that names the state.
 */
export function inferStates(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  host: Person,
  counterparts: readonly Person[],
  persons: readonly Person[],
  sides: Sides,
  reasons: Reason[],
): void {
  const taken = new Set(counterparts.flatMap((p) => (p.affiliation ? [p.affiliation.id] : [])));
  // a state another person of the text is of ("Palestinian President Mahmoud Abbas") is theirs,
  // unless a counterpart is of it too ("his Argentine counterpart", "Argentine spokesman Adorni")
  const others = new Set(
    persons
      .filter((p) => p !== host && !counterparts.includes(p))
      .flatMap((p) => (p.affiliation?.type === "state" ? [p.affiliation.id] : []))
      .filter((id) => !taken.has(id)),
  );
  const [own] = sides.states.size === 1 ? [...sides.states] : [];
  if (!host.affiliation && own && !taken.has(own[0])) {
    host.affiliation = { type: "state", id: own[0], label: own[1].label };
    host.affiliationFrom = own[1].sentence;
    reasons.push({
      passage: sentences[own[1].sentence]?.passage.id ?? "",
      verdict: "host",
      rule: "of no state the text gives: of the one state the readout is told from",
      subject: host.label,
    });
  }
  for (const p of counterparts) {
    if (p.affiliation) continue;
    const not = new Set([...others, ...(host.affiliation ? [host.affiliation.id] : [])]);
    const naming = sentences.filter((s) => (mentions[s.index] ?? []).some((m) => m.person === p));
    // the sentences that name them, else the readout (measured: right more often than not)
    const own = new Set(sides.states.keys());
    // a readout told from the other side (an Omani agency's "the Crown Prince of Kuwait received
    // the Foreign Minister"): its one state is the counterpart's
    const [side] = sides.states.size === 1 ? [...sides.states] : [];
    const theirs =
      side && host.affiliation && host.affiliation.id !== side[0]
        ? { id: side[0], label: side[1].label, sentence: side[1].sentence }
        : undefined;
    const state = theirs ?? mostNamed(naming, not, own) ?? mostNamed(sentences, not, own);
    if (!state) continue;
    p.affiliation = { type: "state", id: state.id, label: state.label };
    p.affiliationFrom = state.sentence;
    reasons.push({
      passage: sentences[state.sentence]?.passage.id ?? "",
      verdict: "counterpart",
      rule: "of no state the text gives: of the state named most where they are, not the host's",
      subject: p.label,
    });
  }
}

/**
 * "Turkey's president met with his Russian counterpart ... Erdoğan received Vladimir Putin", "The
 * Egyptian president hosted a lunch": a title of a state that stands for one person the text
 * gives no state is that state's, cited by the sentence that says so.
 */
export function statesFromTitles(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  persons: readonly Person[],
  reasons: Reason[],
): void {
  for (const s of sentences) {
    for (const t of rolesOf(s, mentions[s.index] ?? [])) {
      const of = t.affiliation;
      const person = of && of.type !== "organization" ? personForRole(t, persons) : undefined;
      if (!of || !person || person.affiliation) continue;
      person.affiliation = of;
      person.affiliationFrom = s.index;
      reasons.push({
        passage: s.passage.id,
        verdict: "counterpart",
        rule: `of the state the title standing for them gives (“${t.title.label}”)`,
        subject: person.label,
      });
    }
  }
}

/** The words that bring a delegation's head: "a delegation of Russia led by ...". */
const LED = new Set(["led", "headed"]);

/**
 * "received a delegation of the Russian Federation led by the President of Karelia Ivan
 * Petrov": the head of a state's delegation the text gives no state is of that state (what
 * their title makes them head stays theirs), cited by the sentence that says so.
 */
export function delegationStates(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  reasons: Reason[],
): void {
  for (const s of sentences) {
    for (const m of mentions[s.index] ?? []) {
      if (m.person.affiliation?.type === "state") continue;
      let at = Math.min(m.from, m.titled?.titleFrom ?? m.from) - 1;
      if (s.tokens[at]?.key === "the") at -= 1;
      if (s.tokens[at]?.key !== "by" || !LED.has(s.tokens[at - 1]?.key ?? "")) continue;
      const state = s.entities.find(
        (e) =>
          e.type === "state" &&
          e.to <= at - 1 &&
          e.to >= at - 5 &&
          s.tokens.slice(Math.max(0, e.from - 3), e.to + 1).some((t) => t.key === "delegation"),
      );
      if (!state) continue;
      m.person.affiliation = { type: "state", id: state.id, label: state.label };
      m.person.affiliationFrom = s.index;
      reasons.push({
        passage: s.passage.id,
        verdict: "counterpart",
        rule: `the head of a delegation of ${state.label}: of that state`,
        subject: m.person.label,
      });
    }
  }
}
