import states from "../../src/pipeline/lexicon/states.json";

/** A state the corpus names: as the gazetteer knows it, with its capital and one demonym. */
export interface CorpusState {
  name: string;
  demonym: string;
  capital: string;
}

/**
 * The states a readout can name: those of the gazetteer (so the extractor finds them) with a
 * one-word demonym and a capital, which the genre uses ("Austrian President", "VIENNA –").
 */
export const CORPUS_STATES: readonly CorpusState[] = states.flatMap((s) => {
  const demonym = s.demonyms[0];
  const capital = s.capitals[0];
  if (!demonym || !capital || /[ ,]/.test(demonym) || /[^A-Za-z ]/.test(capital)) return [];
  return [{ name: s.name, demonym, capital }];
});

/** Given and family names, mixed so that a leader's name is unusual but pronounceable. */
export const GIVEN_NAMES = [
  "Lena",
  "Rui",
  "Marta",
  "Batu",
  "Ines",
  "Tomas",
  "Amira",
  "Kenji",
  "Olga",
  "Samir",
  "Nadia",
  "Viktor",
  "Leila",
  "Jonas",
  "Priya",
  "Mateo",
  "Sofia",
  "Emil",
  "Hana",
  "Yusuf",
  "Clara",
  "Dmitri",
  "Aisha",
  "Pavel",
  "Lucia",
  "Farid",
  "Elena",
  "Karim",
  "Mira",
  "Anton",
  "Zara",
  "Henrik",
  "Rosa",
  "Omar",
  "Ingrid",
  "Tariq",
  "Vera",
  "Nikolai",
  "Selin",
  "Arman",
] as const;

export const FAMILY_NAMES = [
  "Hofbauer",
  "Almada",
  "Quiroga",
  "Erdene",
  "Fjeld",
  "Varga",
  "Brennan",
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Castellanos",
  "Petrescu",
  "Haddad",
  "Takeda",
  "Novak",
  "Sorensen",
  "Mendes",
  "Kowalski",
  "Rahimov",
  "Delacroix",
  "Abara",
  "Strand",
  "Valdez",
  "Kuznets",
  "Oyelaran",
  "Marchetti",
  "Demir",
  "Aldana",
  "Bergström",
  "Ivanova",
  "Nakamura",
  "Farrow",
  "Mwangi",
  "Ostrowski",
  "Serrano",
  "Halvorsen",
  "Qasimov",
  "Lindgren",
  "Barros",
  "Tembo",
  "Vukovic",
  "Karlsen",
  "Ferreira",
  "Osei",
  "Navarro",
  "Sato",
  "Keller",
  "Amadou",
  "Bianchi",
  "Rasmussen",
  "Torres",
  "Yilmaz",
  "Dumont",
  "Achebe",
  "Horvath",
  "Sandoval",
  "Mbeki",
  "Lukas",
  "Jensen",
  "Khoury",
] as const;

/** What a leader's title says, and the wording a readout uses for that office. */
export const OFFICES = [
  { title: "President", weight: 5 },
  { title: "Prime Minister", weight: 3 },
  { title: "Minister of Foreign Affairs", weight: 2 },
] as const;

/** Forums and summits a meeting is held on the sidelines of; each made place-specific. */
export const OCCASIONS = [
  "Forum on Water",
  "Summit on Energy Transition",
  "Investment Forum",
  "Transport Connectivity Forum",
  "Climate Summit",
  "Food Security Summit",
  "Digital Future Forum",
  "Forum of Regions",
  "Summit on Critical Minerals",
  "Economic Forum",
  "Health Security Summit",
  "Forum on Ocean Affairs",
] as const;

/** Who reports a meeting: the host's own press office, or an agency. */
export const OUTLETS = [
  "the presidential press office",
  "the government press service",
  "the foreign ministry",
  "the national news agency",
  "the state broadcaster",
  "the official gazette",
] as const;

/**
 * Words that raise topics (from the extractor's lexicon, in the genre's phrasing), each a short
 * list the sentences draw two or three from.
 */
export const TOPIC_PHRASES = [
  "trade",
  "investment",
  "energy",
  "transport",
  "logistics",
  "industry",
  "agriculture",
  "digital technology",
  "education",
  "health care",
  "tourism",
  "culture",
  "security",
  "mining",
  "finance",
  "science",
  "climate change",
  "youth exchanges",
  "sport",
  "migration",
  "pharmaceuticals",
  "humanitarian aid",
  "food security",
  "information technology",
] as const;

/** The kinds of named object a meeting discusses ("the Vienna–Lima railway"). */
export const OBJECT_KINDS = [
  "railway",
  "pipeline",
  "corridor",
  "terminal",
  "bridge",
  "plant",
] as const;

/** Sentences that state nothing a graph keeps: what makes a readout 2 to 6 KB, as real ones are. */
export const FILLER = [
  "The sides exchanged views on the regional and international agenda.",
  "The talks were held in a warm and constructive atmosphere.",
  "Both sides stressed the importance of regular contacts at the highest level.",
  "It was noted that the intergovernmental commission will meet before the end of the year.",
  "The leaders agreed to keep in touch on all issues of mutual interest.",
  "Particular attention was paid to the implementation of earlier agreements.",
  "The parties expressed satisfaction with the dynamics of the political dialogue.",
  "Experts of both countries will prepare a road map of joint projects.",
  "The conversation also touched upon the preparations for upcoming multilateral events.",
  "The delegations agreed to continue consultations at the level of deputy ministers.",
  "Both delegations praised the work of the joint business council.",
  "The parties noted the potential for expanding contacts between their regions.",
  "The meeting lasted longer than planned.",
  "Members of both delegations took part in the conversation.",
  "The sides agreed that the next round of consultations would take place in the autumn.",
  "Special emphasis was placed on simplifying procedures for businesses.",
  "The parties discussed the schedule of forthcoming contacts.",
  "The atmosphere of the talks was described as friendly and open.",
  "The sides noted that there was considerable untapped potential in bilateral relations.",
  "At the end of the conversation, the leaders posed for a joint photograph.",
] as const;
