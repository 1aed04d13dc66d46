import { AGENCIES } from "../lexicon/agencies";
import { CAPITALS, STATE_FORMS } from "../lexicon/states";
import { titleFamily } from "../lexicon/titles";
import type { Sentence } from "./sentence";
import { phraseKey, type Token } from "./tokens";

/**
 * Whose side a readout is told from, as its furniture says: the state of its dateline ("ISLAMABAD,
 * March 1 (APP):"), of the agencies and offices it cites ("Trend reports", "the Kremlin press
 * service"), and the title whose office speaks ("the president's press service said").
 */
export interface Sides {
  /** Each state, with its name and the first sentence that tells it. */
  states: Map<string, { label: string; sentence: number }>;
  /** Offices that report: "president", "prime minister" (title families). */
  offices: Set<string>;
}

const STATE_BY_CODE = new Map<string, { id: string; label: string }>();
for (const list of STATE_FORMS.values())
  for (const f of list) STATE_BY_CODE.set(f.state.code, { id: f.state.id, label: f.state.name });
const CAPITAL_STATE = new Map(
  [...CAPITALS].map(([city, state]) => [phraseKey(city), { id: state.id, label: state.name }]),
);

/** The state whose capital the capitalised words at token `i` name: "Washington", "Kuala Lumpur". */
export function capitalStateAt(
  t: readonly Token[],
  i: number,
  alone = true,
): { id: string; label: string; length: number } | undefined {
  if (!t[i]?.capital || t[i - 1]?.capital) return undefined;
  for (let n = 3; n >= 1; n -= 1) {
    const words = t.slice(i, i + n);
    const more = alone && t[i + n]?.capital === true;
    if (words.length < n || !words.every((w) => w.isWord && w.capital) || more) continue;
    const state = CAPITAL_STATE.get(words.map((w) => w.key).join(" "));
    if (state) return { ...state, length: n };
  }
  return undefined;
}

const AGENCY_FORMS: { words: string[]; exact: string; state: { id: string; label: string } }[] =
  AGENCIES.flatMap((a) => {
    const state = STATE_BY_CODE.get(a.code);
    return state ? a.forms.map((f) => ({ words: phraseKey(f).split(" "), exact: f, state })) : [];
  });

/** Words after which an agency or office is cited: "told TASS", "according to MTI", "Source: PAP". */
const CITING = new Set([
  "told",
  "to",
  "citing",
  "cites",
  "via",
  "source",
  "courtesy",
  "by",
  "said",
  "reported",
  "informs",
]);
const OFFICE_WORDS = new Set([
  "office",
  "service",
  "administration",
  "division",
  "spokesman",
  "spokesperson",
  "secretary",
  "chancellery",
  "presidency",
  "cabinet",
  "statement",
  "website",
]);

/** The dateline's city, first thing in the text ("BISHKEK.", "Abu Dhabi [UAE],", "New York:"). */
function datelineState(first: Sentence | undefined): { id: string; label: string } | undefined {
  const t = first?.tokens ?? [];
  for (let n = 1; n <= 3 && n < t.length; n += 1) {
    const words = t.slice(0, n);
    if (!words.every((w) => w.isWord && w.capital)) break;
    const after = t[n]?.text ?? "";
    if (![",", ".", ":", "–", "-", "—", "(", "[", "/"].includes(after) && t.length > n) continue;
    const state = CAPITAL_STATE.get(words.map((w) => w.key).join(" "));
    if (state) return state;
    // a state's name only in capitals ("UZBEKISTAN, May 26"): "Thailand, Fiji to expand ..." is a headline
    const named = first?.entities.find(
      (e) => e.from === 0 && e.to === n && e.type === "state" && words.every((w) => w.upper),
    );
    if (named) return { id: named.id, label: named.label };
  }
  return undefined;
}

/** Does an agency's form stand at token `i` in a place where agencies are cited? */
function agencyAt(
  t: readonly Token[],
  i: number,
  short: boolean,
): { id: string; label: string } | undefined {
  const form = AGENCY_FORMS.find(
    (f) =>
      f.words.every((w, k) => t[i + k]?.key === w) && t[i]?.text.startsWith(f.exact.slice(0, 2)),
  );
  if (!form) return undefined;
  const end = i + form.words.length;
  const before = t[i - 1];
  const bracketed = before !== undefined && ["(", "[", "/"].includes(before.text);
  const cited =
    CITING.has(t[i - 1]?.key ?? "") ||
    CITING.has(t[i - 2]?.key ?? "") ||
    ["reports", "reported", "informs", "cites", "said"].includes(t[end]?.key ?? "");
  const office = OFFICE_WORDS.has(t[end]?.key ?? "") || t[end]?.key === "press";
  return bracketed || cited || office || short ? form.state : undefined;
}

/** "the president's press service", "the PM's Office", "the Presidential press service": whose office reports. */
function officeAt(s: Sentence, i: number): string | undefined {
  if (!OFFICE_WORDS.has(s.tokens[i]?.key ?? "")) return undefined;
  for (let j = i - 1; j >= Math.max(0, i - 4); j -= 1) {
    const k = s.tokens[j];
    if (k?.key === "presidential") return "president";
    const title = s.titles.find((x) => x.titleTo === j - 1 && s.tokens[j]?.key === "s");
    if (title && !title.name) return titleFamily(title.title.label);
  }
  return undefined;
}

/** "the Hungarian presidency said", "Azerbaijan's Foreign Ministry": a state's office reports. */
function stateOfficeAt(s: Sentence, i: number): { id: string; label: string } | undefined {
  if (!OFFICE_WORDS.has(s.tokens[i]?.key ?? "")) return undefined;
  const reports = [
    "said",
    "says",
    "reported",
    "reports",
    "stated",
    "informs",
    "announced",
  ].includes(s.tokens[i + 1]?.key ?? "");
  const before = s.tokens[i - 1]?.key === "s" ? i - 2 : i - 1;
  const state = s.entities.find((e) => e.to === before + 1 && e.type === "state");
  return state && reports ? { id: state.id, label: state.label } : undefined;
}

export function findSides(sentences: readonly Sentence[]): Sides {
  const sides: Sides = { states: new Map(), offices: new Set() };
  const add = (state: { id: string; label: string }, sentence: number) => {
    if (!sides.states.has(state.id)) sides.states.set(state.id, { label: state.label, sentence });
  };
  // the dateline opens the text, after a headline or two, and a caption or a byline
  for (const s of sentences.filter((x) => !x.furniture).slice(0, 3)) {
    const dateline = datelineState(s);
    if (dateline) add(dateline, s.index);
  }
  for (const s of sentences) {
    // a line of a few words ("MENA", "Source: PAP") or the opening words, where a dateline stands
    const short = s.tokens.filter((t) => t.isWord).length <= 6;
    for (let i = 0; i < s.tokens.length; i += 1) {
      const state = agencyAt(s.tokens, i, short || (s.index < 3 && i < 12));
      if (state) add(state, s.index);
      const office = officeAt(s, i);
      if (office) sides.offices.add(office);
      const speaking = stateOfficeAt(s, i);
      if (speaking) add(speaking, s.index);
    }
  }
  return sides;
}
