import { titleFamily } from "../lexicon/titles";
import type { Claim } from "./claims";
import type { Reason } from "./explain";
import type { Party } from "./parties";
import type { Person } from "./persons";
import type { Resolved } from "./references";
import type { Sides } from "./sides";

/** How much each kind of evidence weighs for being the host. */
const WEIGHT = {
  /** each other party met: the host is the one the meetings share */
  partner: 1.5,
  /** the subject of a meeting word ("Tokayev received ..."); a headline's counts half */
  subject: 1,
  /** of the state or office the readout is told from */
  side: 1,
  /** the guest ("X called on Y", "visiting Prime Minister X") */
  guest: -2,
  /** meeting in their own capital */
  home: 1,
  /** named as someone's counterpart ("met his Uruguayan counterpart X"): the other side */
  counterpart: -1,
  /** a head of state, government or body */
  leads: 0.5,
  /** of the partners and subjects of a call, a letter or a plan */
  aside: 0.5,
};

/** Refusals that still tell whose readout it is: a call, a letter, a plan, an earlier meeting. */
const TELLS_WHOSE = new Set(["call", "planned", "purpose", "earlier"]);

interface Tally {
  partners: Set<string>;
  subject: number;
  /** Sentences they are a subject in: a sentence counts once, however many meeting words it has. */
  subjectIn: Set<number>;
  guest: number;
  first: number;
}

const idOf = (r: Resolved) =>
  r.kind === "person" ? `p:${r.person.id}` : r.kind === "state" ? `s:${r.id}` : "open";

function tallyClaims(
  claims: readonly Claim[],
  resolve: (c: Claim, p: Party) => Resolved | undefined,
): Map<Person, Tally> {
  const tallies = new Map<Person, Tally>();
  const tally = (p: Person, order: number) => {
    let t = tallies.get(p);
    if (!t)
      tallies.set(
        p,
        (t = { partners: new Set(), subject: 0, subjectIn: new Set(), guest: 0, first: order }),
      );
    return t;
  };
  claims.forEach((claim, order) => {
    const subjects = claim.subjects.flatMap((p) => resolve(claim, p) ?? []);
    const objects = claim.objects.flatMap((p) => resolve(claim, p) ?? []);
    const everyone = [...subjects, ...objects].filter((r) => r.kind !== "open");
    // who meets whom: the subjects the objects ("A met B and C": not B and C each other), or,
    // with one side only ("A and B held talks", "a meeting between A and B"), that side's members
    const partnersOf = (r: Resolved) =>
      subjects.length > 0 && objects.length > 0
        ? subjects.includes(r)
          ? objects
          : subjects
        : everyone;
    for (const r of everyone) {
      if (r.kind !== "person") continue;
      const t = tally(r.person, order);
      for (const other of partnersOf(r))
        if (other.kind !== "open" && idOf(other) !== idOf(r)) t.partners.add(idOf(other));
      if (subjects.includes(r)) {
        if (!t.subjectIn.has(claim.sentence)) t.subject += claim.headline ? 0.5 : 1;
        t.subjectIn.add(claim.sentence);
        if (claim.word.frame === "guest") t.guest += 1;
      }
    }
  });
  return tallies;
}

function scoreOf(person: Person, t: Tally, sides: Sides, atHome: ReadonlySet<Person>): number {
  const visiting = person.titles.some((x) => x.mention.modifier === "visiting") ? 1 : 0;
  // of the readout's own side, or known to be of another
  const state = person.affiliation?.id;
  const own = state !== undefined && sides.states.has(state) ? 1 : 0;
  const foreign =
    state !== undefined && sides.states.size > 0 && !sides.states.has(state) ? -0.75 : 0;
  const side =
    own + foreign + (person.title && sides.offices.has(titleFamily(person.title)) ? 1 : 0);
  return (
    WEIGHT.partner * t.partners.size +
    WEIGHT.subject * t.subject +
    WEIGHT.side * side +
    WEIGHT.guest * (t.guest + visiting) +
    (person.leads ? WEIGHT.leads : 0) +
    (atHome.has(person) ? WEIGHT.home : 0) +
    (person.titles.some(
      (x) => x.mention.title.label === "counterpart" && x.mention.owner !== undefined,
    )
      ? WEIGHT.counterpart
      : 0)
  );
}

/**
 * The host: the person whose meetings the readout reports. The one who meets the most others
 * wins; between two who met only each other, the subject of the meeting words, the one of the
 * readout's own side (its dateline, agency, reporting office), not the guest, and a head before
 * a minister. Ties go to the first named.
 */
export function chooseHost(
  claims: readonly Claim[],
  resolve: (c: Claim, p: Party) => Resolved | undefined,
  sides: Sides,
  atHome: ReadonlySet<Person>,
  reasons: Reason[],
  passageOf: (sentence: number) => string,
): Person | undefined {
  const met = claims.filter((c) => c.refusal === undefined);
  const tallies = tallyClaims(met, resolve);
  // a call, a letter or a plan tells whose readout it is too ("Tokayev held a phone call with
  // ..., sent a message to ..., is to meet ...; his minister met ..."), at half weight, when
  // some meeting took place
  const aside = tallyClaims(
    met.length > 0 ? claims.filter((c) => TELLS_WHOSE.has(c.refusal?.kind ?? "")) : [],
    resolve,
  );
  const none: Tally = { partners: new Set(), subject: 0, subjectIn: new Set(), guest: 0, first: 0 };
  let best: { person: Person; score: number; first: number } | undefined;
  for (const person of new Set([...tallies.keys(), ...aside.keys()])) {
    const t = tallies.get(person) ?? { ...none, first: claims.length };
    const other = aside.get(person);
    const score =
      scoreOf(person, t, sides, atHome) +
      (other
        ? WEIGHT.aside * (WEIGHT.partner * other.partners.size + WEIGHT.subject * other.subject)
        : 0);
    if (!best || score > best.score || (score === best.score && t.first < best.first))
      best = { person, score, first: t.first };
  }
  if (!best) return undefined;
  const t = tallies.get(best.person);
  reasons.push({
    passage: passageOf(claims.find((c) => c.refusal === undefined)?.sentence ?? 0),
    verdict: "host",
    rule: `meets ${t?.partners.size ?? 0} others, the subject ${t?.subject ?? 0} times, of the readout's side or not, a guest or not: score ${best.score}`,
    subject: best.person.label,
  });
  return best.person;
}
