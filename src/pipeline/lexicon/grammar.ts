/**
 * The small words the meeting reader walks over, as data: what a list of parties may hold, where a
 * clause ends, which words put a name in an object's place, which make it someone attending rather
 * than someone met. Folded keys.
 */
const words = (block: string) => new Set(block.split(/\s+/).filter((w) => w !== ""));

/** Small words a list of parties holds: "with his Mauritian counterpart X and the Prime Minister of Y". */
export const LIST_WORDS = words(`
s my from leaders leader presidents heads head chief counterparts counterpart state states government
governments prime ministers minister and the his her their its of to with visiting a an delegation
delegations led by consisting both respectively as well including such namely also new former newly
appointed then other several two three four five number senior top representatives members officials
foreign international major leading various prominent investors business businessmen companies company
firms this country group groups executives presidential parliamentary governmental ministerial
official high level royal board trustees directors
`);

/** Marks a list of parties holds: an abbreviation's stop, commas, hyphens, brackets, dashes, a colon. */
export const LIST_MARKS = new Set([".", ",", "-", "‑", "’", "'", "(", ")", "–", "—", ":", "&"]);

/** Marks that end a clause, for the words a refusal looks at around a meeting word. */
export const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "“", "”", '"', "—", "–"]);

/** Words of a date or time a verb's object may come after: "met Thursday with", "received Wednesday the Ambassador". */
export const WHEN_WORDS = words(`
today yesterday tonight monday tuesday wednesday thursday friday saturday sunday on this morning
afternoon evening here there also separately jointly later earlier then
`);

/** A name after these stands in an object's place, not a subject's: "talks with X", "the visit of X". */
export const PREPOSITIONS = words(`
with by to of from for at in on between among than about including into toward towards via against
after before during under over like
`);

/** Words that start a new clause inside a sentence: a list of parties stops before them. */
export const CLAUSE_STARTS = words(
  `who which where when while whom whose that after before during as since`,
);

/** "accompanied by", "in the presence of", "attended by": those named after them attend, they are not met. */
export const ATTENDING = words(
  `accompanied attended attending attendance presence present joined accompanying accompany`,
);

/** Nouns of a group a state's people make: "Thai businessmen", "a US delegation". */
export const GROUP_NOUNS = words(`
businessmen business businesspeople leaders leader officials official delegation delegations investors
executives counterparts counterpart ministers lawmakers parliamentarians entrepreneurs side team
companies leadership government
`);

/** "the two leaders", "both sides": the host and the one they met, named elsewhere. */
export const PAIR_NOUNS = words(
  `leaders presidents ministers sides parties heads officials men counterparts premiers`,
);

/**
 * Verbs a person's name stands before as their subject: a single capitalised word before them
 * ("Bourita met with ...", "Lula said") is a name the text gives without a title.
 */
export const SUBJECT_VERBS = words(`
met meets received receives hosted hosts held holds discussed discusses conferred called calls paid
pays said says noted stressed told thanked welcomed welcomes expressed underlined emphasized
emphasised invited highlighted reiterated conveyed briefed added visited arrived meet discuss hold
talk agree sign review mull vow eye seek
`);

/** Subject pronouns, and the object and possessive ones that stand for a person. */
export const SUBJECT_PRONOUNS = words(`he she`);
export const OBJECT_PRONOUNS = words(`him her`);
export const POSSESSIVE_PRONOUNS = words(`his her`);
