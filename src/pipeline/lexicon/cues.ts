/**
 * The words of a meeting's frame: what it was held on the sidelines of, and who reports it. The
 * words that tell a meeting are in meetingWords.ts, those that refuse one in refusals.ts.
 */

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
