/**
 * The words that tell a meeting, and the words that tell it did not (yet) take place. Folded keys.
 */

/** Words that report a meeting. */
export const MEETING_WORDS = new Set([
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

/** Words that make a meeting planned, hoped for, or proposed: it has not taken place. */
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
  "upcoming",
  "forthcoming",
  "next",
  "future",
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
  "possible",
  "potential",
  "prepare",
  "preparing",
  "agreed",
  "invited",
  "invites",
  "invite",
  "invitation",
  "to",
]);

/** Words that make it another, earlier meeting, or none. */
export const NOT_THIS = new Set([
  "previous",
  "last",
  "earlier",
  "recalled",
  "since",
  "not",
  "no",
  "never",
  "first",
  "former",
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
