import type { Passage } from "../../model/graph/schema";
import { REFUSED_BEFORE } from "../lexicon/refusals";

/** Words that make what follows planned, not done: "will sign", "expected to agree". */
const NOT_YET = new Set(
  [...REFUSED_BEFORE].filter(([, kind]) => kind === "planned").map(([w]) => w),
);
import type { GraphBuilder } from "./graphBuilder";
import type { Meeting } from "./meetings";
import type { Person } from "./persons";
import type { Reading } from "./reading";
import type { Sentence } from "./sentence";

/** The words the relations below start from. */
const TRIGGERS = new Set([
  "invited",
  "invites",
  "exchanged",
  "partner",
  "partners",
  "partnership",
  "agreed",
  "signed",
  "agreements",
  "reached",
  "visit",
  "visiting",
]);
const PARTNER_WORDS = new Set(["partner", "partners", "partnership"]);
const PARTNER_KINDS = new Set([
  "strategic",
  "trade",
  "trading",
  "reliable",
  "important",
  "key",
  "vital",
  "economic",
  "comprehensive",
  "largest",
  "major",
  "main",
]);

/** Who the sentence names, in order: its person mentions' people. */
function people(reading: Reading, s: Sentence): { person: Person; from: number }[] {
  return (reading.mentions[s.index] ?? []).map((m) => ({ person: m.person, from: m.from }));
}

function keyAt(s: Sentence, i: number): string {
  return s.tokens[i]?.key ?? "";
}

/**
 * What a meeting's account states besides topics: invitations, exchanged invitations, partnerships,
 * agreements and visits. Each relation cites its sentence; the host and the counterpart stand for
 * "he", "both sides" and "the two countries" in their meeting's account.
 */
export function statedRelations(
  reading: Reading,
  meetingByKey: ReadonlyMap<string, { meeting: Meeting; id: string }>,
  stateOf: (p: Person) => string | undefined,
  graph: GraphBuilder,
): void {
  const host = reading.host;
  if (!host) return;
  const hostState = host.affiliation?.type === "state" ? host.affiliation.id : undefined;
  for (const s of reading.sentences) {
    const key = reading.accountOf[s.index];
    const entry = key === undefined ? undefined : meetingByKey.get(key);
    if (!entry) continue;
    // most sentences state none of these: skip them at the cost of one look per word
    if (!s.tokens.some((t) => TRIGGERS.has(t.key))) continue;
    const { meeting } = entry;
    const evidence: Passage[] = [s.passage];
    const named = people(reading, s);
    const counterpart = meeting.counterparts[0];
    const counterpartState = counterpart ? stateOf(counterpart) : [...meeting.states.keys()][0];
    const words = s.tokens.map((t) => t.key);

    words.forEach((w, i) => {
      // "Tokayev invited Novák to visit Kazakhstan"
      if (w === "invited" || w === "invites") {
        if (words.slice(Math.max(0, i - 3), i).some((x) => x === "will" || x === "would")) return;
        const inviter = named.filter((n) => n.from < i).at(-1)?.person ?? host;
        const invitee =
          named.find((n) => n.from > i && n.from - i <= 4)?.person ??
          (inviter === host ? counterpart : host);
        if (!invitee || invitee === inviter) return;
        const visit = words.indexOf("visit", i);
        const state =
          visit > i
            ? s.entities.find((e) => e.type === "state" && e.from > visit && e.from - visit <= 3)
            : undefined;
        graph.edge(
          "invites",
          inviter.id,
          invitee.id,
          evidence,
          state ? `invites to visit ${state.label}` : undefined,
        );
      }
      // "exchanged invitations for mutual visits"
      if (w === "exchanged" && words[i + 1] === "invitations" && counterpart) {
        graph.edge("exchanged_invitations_with", host.id, counterpart.id, evidence);
      }
      // "Kazakhstan is a vital partner of Finland", "Iran as a strategic partner"
      if (PARTNER_WORDS.has(w)) {
        const states = [...new Set(s.entities.filter((e) => e.type === "state").map((e) => e.id))];
        const pair =
          states.length >= 2
            ? states.slice(0, 2)
            : states.length === 1 && hostState && counterpartState
              ? [states[0] === hostState ? counterpartState : hostState, states[0]]
              : [];
        const [a, b] = pair;
        if (
          a !== undefined &&
          b !== undefined &&
          a !== b &&
          (states.length >= 2 || [hostState, counterpartState].includes(states[0]))
        ) {
          const kind = [keyAt(s, i - 2), keyAt(s, i - 1)]
            .filter((x) => PARTNER_KINDS.has(x))
            .join(" ");
          // read in a sentence: "Finland is the largest trade partner of Kazakhstan"
          const article = /\blargest\b|\bmain\b/.test(kind) ? "the" : "a";
          graph.edge(
            "partner_of",
            a,
            b,
            evidence,
            `${article} ${kind === "" ? "" : `${kind} `}partner of`,
          );
        }
      }
      // "reached agreements", "signed a memorandum", "agreed to"
      if (
        (w === "agreed" ||
          w === "signed" ||
          (w === "agreements" && words[i - 1] === "reached") ||
          (w === "reached" && words[i + 1] === "agreements")) &&
        counterpart
      ) {
        if (words.slice(Math.max(0, i - 3), i).some((x) => NOT_YET.has(x))) return;
        graph.edge("agrees_with", host.id, counterpart.id, evidence, "agreed with");
      }
      // "on a state visit to India", "visiting Kazakhstan"
      if ((w === "visit" && words[i + 1] === "to") || w === "visiting") {
        const at = w === "visit" ? i + 2 : i + 1;
        const state = s.entities.find(
          (e) => e.type === "state" && e.from >= at && e.from - at <= 1 && !e.demonym,
        );
        if (!state) return;
        if (
          words
            .slice(Math.max(0, i - 4), i)
            .some((x) => NOT_YET.has(x) || x === "invited" || x === "your")
        )
          return;
        const visitor =
          named.filter((n) => n.from < i).at(-1)?.person ??
          (["his", "her"].includes(words[i - 1] ?? "") ? host : undefined);
        if (visitor && stateOf(visitor) !== state.id)
          graph.edge("visits", visitor.id, state.id, evidence);
      }
    });
  }
}
