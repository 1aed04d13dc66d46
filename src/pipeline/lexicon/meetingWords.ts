/**
 * The words that report a meeting, one row each, with where the parties stand around them. Folded
 * keys; a phrase ("sat down", "exchanged views") is matched word by word.
 *
 * - `object`: whom the word names right after it, or after "with": "met X", "met with X",
 *   "received X", "hosted X", "while meeting X".
 * - `with`: a noun or verb whose parties follow "with" or "between": "talks with X", "a meeting
 *   between A and B", "sat down with X", "discussed ... with X"; or a subject of two ("A and B held
 *   talks").
 * - `guest`: the subject is the guest and the one named after the word the host: "X called on Y",
 *   "paid a courtesy call on Y", "presented credentials to Y".
 * - `joint`: a meeting only when two of different sides are its subject together: "A and B
 *   discussed", "A and B signed".
 *
 * `weak` words ("discussed", "signed", "agreed") count only in a readout that speaks of a meeting
 * elsewhere and tells no call or letter; `needsPerson` words count only with a person named among
 * their parties, not a state alone ("received the Turkish side" is no one met).
 */
export type Frame = "object" | "with" | "guest" | "joint";

export interface MeetingWord {
  phrase: string;
  frame: Frame;
  weak: boolean;
  /** A noun: it can be spoken of without reporting a meeting ("the next meeting"). */
  noun: boolean;
  needsPerson: boolean;
}

type Row = [phrase: string, frame: Frame, ...flags: ("weak" | "noun" | "person")[]];

const ROWS: Row[] = [
  ["met", "object"],
  ["meet", "object"],
  ["meets", "object"],
  ["meeting", "object", "noun"],
  ["meetings", "with", "noun"],
  ["received", "object", "person"],
  ["receives", "object", "person"],
  ["receiving", "object", "person"],
  ["receive", "object", "person"],
  ["hosted", "object", "person"],
  ["hosts", "object", "person"],
  ["hosting", "object", "person"],
  ["welcomed", "object", "person"],
  ["welcomes", "object", "person"],
  ["welcoming", "object", "person"],
  ["conferred", "with"],
  ["confers", "with"],
  ["sat down", "with"],
  ["sits down", "with"],
  ["talks", "with", "noun"],
  ["discussions", "with", "noun"],
  ["negotiations", "with", "noun"],
  ["consultations", "with", "noun"],
  ["audience", "with", "noun", "person"],
  ["tete a tete", "with", "noun"],
  ["summit", "with", "noun", "person"],
  ["conversation", "with", "noun", "weak"],
  ["dinner", "with", "noun", "weak"],
  ["lunch", "with", "noun", "weak"],
  ["luncheon", "with", "noun", "weak"],
  ["breakfast", "with", "noun", "weak"],
  ["banquet", "with", "noun", "weak"],
  ["reception", "with", "noun", "weak"],
  ["discussion", "with", "noun", "weak"],
  ["talked", "with", "weak"],
  ["talking", "with", "weak"],
  ["spoke", "with", "weak"],
  ["speaking", "with", "weak"],
  ["discussed", "with", "weak"],
  ["discuss", "with", "weak"],
  ["discusses", "with", "weak"],
  ["exchanged views", "with", "weak"],
  ["exchange views", "with", "weak"],
  ["called on", "guest", "person"],
  ["calls on", "guest", "person"],
  ["call on", "guest", "person"],
  ["courtesy call", "guest", "noun", "person"],
  ["courtesy visit", "guest", "noun", "person"],
  ["visit from", "object", "person"],
  ["visited by", "object", "person"],
  ["played host to", "object", "person"],
  ["plays host to", "object", "person"],
  ["visit by", "object", "person"],
  ["encounter", "with", "noun"],
  ["joined", "object", "person", "weak"],
  ["interaction", "with", "noun", "weak"],
  ["pull aside", "with", "noun"],
  ["one on one", "with", "noun"],
  ["parleys", "with", "noun"],
  ["deliberations", "with", "noun", "weak"],
  ["called upon", "guest", "person"],
  ["calls upon", "guest", "person"],
  ["paid a visit to", "guest", "person"],
  ["interacted", "with", "weak"],
  ["held a bilateral", "with"],
  ["presented credentials", "guest", "person"],
  ["presented their credentials", "guest", "person"],
  ["presented his credentials", "guest", "person"],
  ["presented her credentials", "guest", "person"],
  ["presented their letters of credence", "guest", "person"],
  ["presented his letters of credence", "guest", "person"],
  ["presented her letters of credence", "guest", "person"],
  ["signed", "joint", "weak"],
  ["agreed", "joint", "weak"],
  ["reaffirmed", "joint", "weak"],
  ["tackled", "joint", "weak"],
];

export const MEETING_WORDS: readonly MeetingWord[] = ROWS.map(([phrase, frame, ...flags]) => ({
  phrase,
  frame,
  weak: flags.includes("weak"),
  noun: flags.includes("noun"),
  needsPerson: flags.includes("person"),
}));

/** Verbs that take whom the host met as their object ("received X"), not after "with". */
export const OBJECT_VERBS = new Set(
  MEETING_WORDS.filter((w) => w.frame === "object" && !w.noun).map((w) => w.phrase),
);
