import { NOT_MET_WORDS } from "../lexicon/refusals";
import { CAPITALS } from "../lexicon/states";
import { claimsIn, type Claim } from "./claims";
import { decideClaims, settleCounterparts } from "./counterparts";
import type { Reason } from "./explain";
import { frameMeetings, readFurniture } from "./framing";
import { listedAfter } from "./listed";
import { chooseHost } from "./host";
import { accountsOf, groupMeetings } from "./meetings";
import { subjectOfSentence, type Party, type View } from "./parties";
import { gatherPersons, type Person } from "./persons";
import { ALL, type Reading } from "./reading";
import { resolveParty, RolePersons, type Referents, type Resolved } from "./references";
import { mentionRoles, rolesOf } from "./roles";
import { readSentences, type Sentence } from "./sentence";
import { splitSentences } from "./sentences";
import { findSides } from "./sides";
import { delegationStates, inferStates, statesFromTitles } from "./stateInference";
import { meetingAtHome } from "./atHome";

/*
 * How an article becomes a reading, stage by stage, each returning what the next one reads:
 *  1. sentences: split, tokenized, with their states, bodies and titles;
 *  2. people: every person the text names, gathered from all their mentions;
 *  3. claims: what each meeting word says, with its subjects and objects and any refusal;
 *  4. sides: whose side the readout is told from (dateline, agencies, reporting office);
 *  5. host: the one the meetings share;
 *  6. decisions: which claims report the host's meetings, and whom they met;
 *  7. meetings: grouped by counterpart, with where each account opens;
 *  8. frame: occasions, places, dates, and who reports.
 */

/** A headline: the first line, without a closing stop; it speaks from either side. */
const isHeadline = (s: Sentence) => s.index === 0 && !/[.!?"”’»)]$/u.test(s.passage.exact);

function viewsOf(sentences: readonly Sentence[], mentions: Reading["mentions"]): View[] {
  return sentences.map((sentence) => {
    const here = mentions[sentence.index] ?? [];
    return { sentence, mentions: here, roles: rolesOf(sentence, here) };
  });
}

/** Every claim of the text, in order: its meeting words', and the lists that follow them. */
function claimsOf(views: readonly View[]): Claim[] {
  const told = views
    .filter((v) => !v.sentence.furniture)
    .flatMap((v) => claimsIn(v, isHeadline(v.sentence)));
  return [...told, ...listedAfter(views, told)].sort(
    (a, b) => a.sentence - b.sentence || a.at - b.at,
  );
}

/** The resolver of parties for one reading, with the host once it is known. */
function resolver(views: readonly View[], persons: readonly Person[], roles: RolePersons) {
  const referents: Referents = {
    subjectOf: (i, before) => {
      const view = views[i];
      const party = view ? subjectOfSentence(view, before) : undefined;
      if (!party) return undefined;
      const r = resolveParty(party, i, { persons, roles, referents });
      return r?.kind === "person" ? r.person : undefined;
    },
  };
  return (host?: Person) =>
    (claim: Claim, party: Party): Resolved | undefined =>
      resolveParty(party, claim.sentence, { persons, roles, referents, ...(host ? { host } : {}) });
}

/** Does the lead (headline and first two sentences) tell a call, a letter or a plan instead of a meeting? */
function leadNotMet(sentences: readonly Sentence[], claims: readonly Claim[]): boolean {
  // the headline and the first three sentences of the body: a dateline or a byline is no sentence
  const body = sentences.filter((s) => s.tokens.filter((t) => t.isWord).length >= 6);
  const lead = new Set([0, ...body.slice(0, 3).map((s) => s.index)]);
  const words = [...lead].some((i) => sentences[i]?.tokens.some((t) => NOT_MET_WORDS.has(t.key)));
  const inLead = (c: Claim) => lead.has(c.sentence);
  // a plan, a call or a denial in the lead; an earlier meeting recalled there is no sign
  const notMet = (c: Claim) =>
    ["planned", "purpose", "call", "negated"].includes(c.refusal?.kind ?? "");
  const refused = claims.some((c) => inLead(c) && notMet(c));
  const met = claims.some((c) => inLead(c) && c.refusal === undefined && c.objects.length > 0);
  return (words || refused) && !met;
}

/** "The Head of State received ..." filed from ASTANA: a host named by title is of the dateline's state. */
function placeHost(host: Person, reading: Pick<Reading, "dateline">): void {
  if (host.affiliation || host.words.length > 0 || !reading.dateline) return;
  const state = CAPITALS.get(reading.dateline.label);
  if (!state) return;
  host.affiliation = { type: "state", id: state.id, label: state.name };
  host.affiliationFrom = reading.dateline.sentence;
}

export function readArticle(text: string, sourceId: string, givenDate?: string): Reading {
  const reasons: Reason[] = [];
  const passages = splitSentences(text, sourceId);
  const sentences = readSentences(passages);
  const { persons, mentions } = gatherPersons(sentences);
  const views = viewsOf(sentences, mentions);
  const claims = claimsOf(views);
  const sides = findSides(sentences);
  const roles = new RolePersons(new Set(persons.map((p) => p.id)));
  const resolve = resolver(views, persons, roles);
  const passageOf = (i: number) => sentences[i]?.passage.id ?? "";
  const furniture = readFurniture(sentences, givenDate);
  const reading: Reading = {
    passages,
    sentences,
    persons,
    mentions,
    meetings: [],
    accountOf: sentences.map(() => undefined),
    preamble: sentences.map((s) => s.index),
    occasions: new Map(),
    places: new Map(),
    dates: new Map(),
    reasons,
    ...furniture,
  };
  const atHome = meetingAtHome(sentences, claims, resolve());
  const host = chooseHost(claims, resolve(), sides, atHome, reasons, passageOf);
  if (!host) {
    reasons.push({
      passage: passageOf(0),
      verdict: "refused",
      rule: "no one is named in a sentence that reports a meeting: no host, no meetings",
      subject: "host",
    });
    return reading;
  }
  placeHost(host, reading);
  reading.host = host;
  const accepted = decideClaims(
    claims,
    host,
    resolve(host),
    leadNotMet(sentences, claims),
    reasons,
    passageOf,
  );
  statesFromTitles(sentences, mentions, persons, reasons);
  delegationStates(sentences, mentions, reasons);
  settleCounterparts(accepted, persons, host, reasons, passageOf);
  const met = [
    ...new Set(
      accepted.flatMap((a) =>
        a.counterparts.flatMap((c) => (c.kind === "person" ? [c.person] : [])),
      ),
    ),
  ];
  inferStates(sentences, mentions, host, met, persons, sides, reasons);
  const read = groupMeetings(accepted, sentences, reasons);
  const used = new Set([host, ...read.meetings.flatMap((m) => m.counterparts)]);
  reading.persons = [...persons, ...roles.all().filter((p) => used.has(p))];
  mentionRoles(sentences, mentions, reading.persons, host);
  reading.meetings = read.meetings;
  const accounts = accountsOf(sentences, read, mentions);
  reading.accountOf = accounts.accountOf;
  reading.preamble = accounts.preamble;
  Object.assign(
    reading,
    frameMeetings(text, sentences, mentions, read, accounts, reading.date, reasons),
  );
  return reading;
}

export { ALL };
