import type { Claim } from "./claims";
import type { Reason } from "./explain";
import type { Party } from "./parties";
import type { Person } from "./persons";
import type { Resolved } from "./references";

/** Someone the host met, as the claims say: a person, or a state whose leaders the text leaves unnamed. */
export type Counterpart =
  { kind: "person"; person: Person } | { kind: "state"; id: string; label: string };

/** A claim the host's meetings are read from, with the counterparts it names. */
export interface Accepted {
  claim: Claim;
  counterparts: Counterpart[];
}

type Decision =
  | { verdict: "accepted" | "weak"; counterparts: Counterpart[] }
  | { verdict: "refused" | "account"; rule: string };

const REPORTER_TITLES = /spokes(?:man|woman|person)|press secretary/i;

const keyOf = (c: Counterpart) => (c.kind === "person" ? `p:${c.person.id}` : `s:${c.id}`);

/** Is `r` the host or the host's own side (a state's own minister, the host's own state)? */
function ownSide(r: Resolved, host: Person): boolean {
  if (r.kind === "open") return true;
  const state = host.affiliation?.type === "state" ? host.affiliation.id : undefined;
  if (r.kind === "state") return r.id === state;
  return (
    r.person === host ||
    (state !== undefined &&
      r.person.affiliation?.type === "state" &&
      r.person.affiliation.id === state)
  );
}

/** What one claim says of the host's meetings. */
function decide(
  claim: Claim,
  host: Person,
  resolve: (c: Claim, p: Party) => Resolved | undefined,
): Decision {
  if (claim.refusal) return { verdict: "refused", rule: claim.refusal.rule };
  const subjects = claim.subjects.flatMap((p) => resolve(claim, p) ?? []);
  const objects = claim.objects.flatMap((p) => resolve(claim, p) ?? []);
  const everyone = [...subjects, ...objects];
  const isHost = (r: Resolved) => r.kind === "open" || (r.kind === "person" && r.person === host);
  // no subject, or a pair ("the two leaders"), stands for the host; "a meeting between A and B" names both sides
  const hostIn =
    everyone.some(isHost) ||
    (subjects.length === 0 && !claim.between) ||
    claim.subjects.some((p) => p.kind === "pair");
  // a spokesman tells of a meeting; none is its counterpart
  const others = everyone.filter(
    (r): r is Counterpart =>
      !ownSide(r, host) &&
      !(
        r.kind === "person" &&
        r.person.title !== undefined &&
        REPORTER_TITLES.test(r.person.title)
      ),
  );
  if (!hostIn && others.length > 0) {
    const who = subjects
      .map((r) => (r.kind === "person" ? r.person.label : r.kind === "state" ? r.label : ""))
      .join(", ");
    return {
      verdict: "refused",
      rule: `a meeting between others: its subject (${who}) is not the host`,
    };
  }
  if (claim.word.frame === "joint" && !subjects.some(isHost))
    return { verdict: "refused", rule: `“${claim.text}” without the host among its subjects` };
  // "X called on Y": Y must be named; "in a call on Wednesday" calls on no one
  const guestOfNoOne =
    claim.word.frame === "guest" && !claim.objects.some((p) => p.kind !== "state");
  if (guestOfNoOne || (claim.word.needsPerson && !others.some((r) => r.kind === "person")))
    return { verdict: "refused", rule: `“${claim.text}” with nobody named: not a meeting` };
  if (others.length === 0)
    return {
      verdict: "account",
      rule: "a meeting word without a counterpart: part of the account it stands in",
    };
  return { verdict: claim.word.weak ? "weak" : "accepted", counterparts: others };
}

/** Those a lead's refused claims name: the meeting with them is planned, not held. */
function plannedInLead(
  claims: readonly Claim[],
  resolve: (c: Claim, p: Party) => Resolved | undefined,
): Set<Person> {
  const planned = new Set<Person>();
  for (const c of claims) {
    if (c.sentence >= 3 || !c.refusal || !["planned", "purpose"].includes(c.refusal.kind)) continue;
    for (const p of [...c.subjects, ...c.objects]) {
      const r = resolve(c, p);
      if (r?.kind === "person") planned.add(r.person);
    }
  }
  return planned;
}

/**
 * Which claims report the host's meetings, and whom they met. A claim without the host among its
 * parties tells a meeting between others; a weak one ("A and B discussed") counts when the readout
 * reports a meeting in so many words, or speaks of one ("the talks") and does not open on a call,
 * a letter or a plan (`leadNotMet`).
 */
export function decideClaims(
  claims: readonly Claim[],
  host: Person,
  resolve: (c: Claim, p: Party) => Resolved | undefined,
  leadNotMet: boolean,
  reasons: Reason[],
  passageOf: (sentence: number) => string,
): Accepted[] {
  const accepted: Accepted[] = [];
  const weak: Accepted[] = [];
  let spokenOf = false;
  const planned = leadNotMet ? plannedInLead(claims, resolve) : new Set<Person>();
  for (const claim of claims) {
    let d = decide(claim, host, resolve);
    const passage = passageOf(claim.sentence);
    // "Biden will meet Starmer ... Biden is to have his first meeting with Starmer": the same plan
    const persons =
      "rule" in d ? [] : d.counterparts.flatMap((c) => (c.kind === "person" ? [c.person] : []));
    if (claim.word.noun && persons.length > 0 && persons.every((p) => planned.has(p)))
      d = { verdict: "refused", rule: "a meeting the lead tells is planned, spoken of again" };
    if ("rule" in d) {
      if (d.verdict === "account" && claim.word.noun) spokenOf = true;
      reasons.push({ passage, verdict: d.verdict, rule: d.rule, subject: `“${claim.text}”` });
    } else (d.verdict === "weak" ? weak : accepted).push({ claim, counterparts: d.counterparts });
  }
  // "A, B discuss energy ties": two named together as the subject of a weak word report a meeting
  const jointly = (w: Accepted) => w.claim.word.frame === "joint" || w.claim.subjects.length >= 2;
  const weakCounts = accepted.length > 0 || (!leadNotMet && (spokenOf || weak.some(jointly)));
  for (const w of weak) {
    reasons.push({
      passage: passageOf(w.claim.sentence),
      verdict: weakCounts ? "counterpart" : "refused",
      rule: weakCounts
        ? `“${w.claim.text}”, in a readout that reports a meeting`
        : `“${w.claim.text}” alone, in a readout that tells of no meeting`,
      subject: w.counterparts
        .map((c) => (c.kind === "person" ? c.person.label : c.label))
        .join(", "),
    });
  }
  for (const a of accepted)
    reasons.push({
      passage: passageOf(a.claim.sentence),
      verdict: "counterpart",
      rule: `named with the meeting word “${a.claim.text}”, the host taking part, not the host's side`,
      subject: a.counterparts
        .map((c) => (c.kind === "person" ? c.person.label : c.label))
        .join(", "),
    });
  return [...accepted, ...(weakCounts ? weak : [])].sort(
    (a, b) => a.claim.sentence - b.claim.sentence || a.claim.at - b.claim.at,
  );
}

/**
 * The counterparts, once: a state met "through its leaders" is dropped when a person of that state
 * is met too; a lone person of no known state takes the lone state met without a name ("talks with
 * the leaders of Somalia ... with President Mohamud"), cited by the sentence that names it.
 */
export function settleCounterparts(
  accepted: Accepted[],
  persons: readonly Person[],
  host: Person,
  reasons: Reason[],
  passageOf: (s: number) => string,
): void {
  const people = new Map<string, Person>();
  const states = new Map<string, { label: string; sentence: number }>();
  for (const a of accepted)
    for (const c of a.counterparts) {
      if (c.kind === "person") people.set(keyOf(c), c.person);
      else if (!states.has(c.id)) states.set(c.id, { label: c.label, sentence: a.claim.sentence });
    }
  const stateOfPeople = new Set(
    [...people.values()].flatMap((p) => (p.affiliation ? [p.affiliation.id] : [])),
  );
  const lone = [...states].filter(([id]) => !stateOfPeople.has(id));
  const stateless = [...people.values()].filter((p) => !p.affiliation);
  const [only] = stateless;
  const [state] = lone;
  if (stateless.length === 1 && lone.length === 1 && only && state) {
    only.affiliation = { type: "state", id: state[0], label: state[1].label };
    only.affiliationFrom = state[1].sentence;
    stateOfPeople.add(state[0]);
    reasons.push({
      passage: passageOf(state[1].sentence),
      verdict: "counterpart",
      rule: "of no known state, where one state is met without a name: that state's",
      subject: only.label,
    });
  }
  for (const a of accepted)
    a.counterparts = a.counterparts.filter((c) => c.kind === "person" || !stateOfPeople.has(c.id));
  meetLeadersOfStates(accepted, persons, host, reasons, passageOf);
}

/**
 * "Talks with the leaders of Mauritius and Seychelles ... With Seychelles President Wavel
 * Ramkalawan, the Prime Minister reviewed trade": a state met without a name is met in the one
 * person the text names as its head, cited by the sentence that tells the meeting.
 */
function meetLeadersOfStates(
  accepted: Accepted[],
  persons: readonly Person[],
  host: Person,
  reasons: Reason[],
  passageOf: (s: number) => string,
): void {
  for (const a of accepted)
    a.counterparts = a.counterparts.map((c) => {
      if (c.kind === "person") return c;
      const heads = persons.filter(
        (p) => p !== host && p.leads && p.words.length > 0 && p.affiliation?.id === c.id,
      );
      const [head] = heads;
      if (heads.length !== 1 || !head) return c;
      reasons.push({
        passage: passageOf(a.claim.sentence),
        verdict: "counterpart",
        rule: `a state met without a name (“${c.label}”): the one person the text names as its head`,
        subject: head.label,
      });
      return { kind: "person", person: head };
    });
}
