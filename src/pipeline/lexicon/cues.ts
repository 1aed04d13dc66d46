/**
 * The words that tell a meeting, and the words that tell it did not (yet) take place. Folded keys.
 */

/** Words that report a meeting. */
export const MEETING_WORDS = new Set([
  "courtesy",
  "discussions",
  "discussed",
  "met",
  "meet",
  "meets",
  "meeting",
  "meetings",
  "talks",
  "negotiations",
  "received",
  "receives",
  "hosted",
  "hosts",
  "conferred",
  "audience",
]);

/** Meeting words that need a named counterpart right after them ("received President X"). */
export const NEEDS_OBJECT = new Set(["received", "receives", "hosted", "hosts", "audience"]);

/** Meeting words that report a meeting only with a person named after them: "discussed with President X". */
export const NEEDS_PERSON = new Set(["discussed"]);

/** A sentence with these words tells a call, not a meeting. */
export const CALL_WORDS = new Set([
  "telephone",
  "phone",
  "video",
  "videoconference",
  "virtual",
  "virtually",
  "online",
]);

/** Words that make a meeting planned, hoped for, or proposed when they come shortly before it. */
export const NOT_YET = new Set([
  "will",
  "shall",
  "would",
  "ll",
  "plan",
  "plans",
  "planned",
  "planning",
  "scheduled",
  "expected",
  "expects",
  "due",
  "proposed",
  "propose",
  "proposes",
  "proposal",
  "hope",
  "hopes",
  "hoped",
  "intend",
  "intends",
  "forward",
  "ahead",
  "prepare",
  "preparing",
  "agreed",
  "invited",
  "invites",
  "invite",
  "invitation",
  "considering",
  "consider",
  "envisaged",
  "seeks",
  "seeking",
  "may",
  "might",
  "could",
  "itinerary",
]);

/** Words that make a meeting word name another meeting when they stand right before it ("next meeting"). */
export const NOT_YET_ADJECTIVES = new Set([
  "next",
  "upcoming",
  "forthcoming",
  "future",
  "possible",
  "potential",
  "another",
  "envisaged",
  "expected",
  "planned",
  "proposed",
  "earlier",
  "previous",
]);

/** Words that make a meeting (a noun: "meeting", "talks") planned wherever they stand before it in its sentence. */
export const FUTURE_IN_SENTENCE = new Set([
  "may",
  "itinerary",
  "will",
  "would",
  "shall",
  "expected",
  "scheduled",
  "considering",
  "envisaged",
  "plans",
]);

/** Words that make it another, earlier meeting, or none. */
export const NOT_THIS = new Set([
  "previous",
  "last",
  "recalled",
  "recalling",
  "since",
  "not",
  "no",
  "never",
]);

/** Words after which a sentence speaks for someone: what they said is no report of the meeting. */
export const REPORTING = new Set([
  "said",
  "says",
  "noted",
  "stated",
  "told",
  "stressed",
  "added",
  "emphasized",
  "emphasised",
  "reported",
]);

/** A reception with these words is a welcome, not a meeting. */
export const WELCOME_WORDS = new Set([
  "airport",
  "anthem",
  "anthems",
  "guard",
  "ceremony",
  "honour",
  "honor",
]);

/** "to hold talks", "to have a meeting", "to meet": a purpose or a plan, not a report. */
export const INFINITIVE_VERBS = new Set(["hold", "have", "host", "meet", "conduct", "pay"]);

/** Meeting words that are nouns: a sentence can speak of such a meeting without reporting it. */
export const MEETING_NOUNS = new Set([
  "meeting",
  "meetings",
  "talks",
  "negotiations",
  "audience",
  "discussions",
]);

/** Phrases after which comes what a meeting was held on the sidelines of. */
export const OCCASION_CUES = [
  "on the sidelines of",
  "on the margins of",
  "in the margins of",
  "on the fringes of",
  "on the fringe of",
  "on the sideline of",
  "within the framework of",
  "as part of",
  "following the",
  "after the",
  "during the",
  "at the",
  "ahead of the",
  "to take part in the",
  "to participate in the",
  "to attend the",
];

/** Words that end the name of an occasion. */
export const OCCASION_HEADS = new Set([
  "summit",
  "session",
  "forum",
  "conference",
  "assembly",
  "congress",
  "meeting",
  "visit",
  "games",
  "expo",
  "week",
  "council",
  "ceremony",
  "talks",
  "dialogue",
  "cop28",
  "cop29",
  "cop27",
]);

/** Words that name the reporter: "reported the Akorda press service", "(Xinhua)". */
export const REPORTER_HEADS = [
  "press service",
  "press office",
  "press secretary",
  "news agency",
  "information agency",
  "media office",
  "press center",
  "press centre",
  "spokesperson",
  "spokesman",
  "spokeswoman",
];

export const REPORTING_VERBS = new Set([
  "reported",
  "reports",
  "informs",
  "informed",
  "said",
  "says",
  "stated",
  "announced",
  "according",
]);
