/**
 * Titles a readout gives people, written once. `leads`: the title heads what it is "of" (a state, a
 * body, a company), so its holder is a leader and `heads` it; other holders (ministers, envoys)
 * `represent` it. Lower case; matched without regard to case or accents.
 */
export interface Title {
  label: string;
  leads: boolean;
}

const LEADING = [
  "President",
  "Prime Minister",
  "Premier",
  "Chancellor",
  "Federal Chancellor",
  "King",
  "Queen",
  "Emir",
  "Amir",
  "Sultan",
  "Crown Prince",
  "Emperor",
  "Grand Duke",
  "Prince",
  "Supreme Leader",
  "Head of State",
  "Head of Government",
  "Secretary-General",
  "Secretary General",
  "Director-General",
  "Director General",
  "Chairman",
  "Chairwoman",
  "Chairperson",
  "Chair",
  "Chief Executive Officer",
  "CEO",
  "Managing Director",
  "Pope",
  "Governor-General",
  "President-elect",
  "Taoiseach",
  "Ruler",
  "Chief Adviser",
  "General Secretary",
  "Executive Chairman",
  "Chief Executive",
  "Executive Director",
  "Founder",
  "Commander",
  "Head",
  "Lord Mayor",
  "Custodian",
  "Co-Chair",
];

const SERVING = [
  "Vice President",
  "Vice-President",
  "Deputy Prime Minister",
  "First Deputy Prime Minister",
  "Vice Premier",
  "Foreign Minister",
  "Minister of Foreign Affairs",
  "Minister for Foreign Affairs",
  "Minister for External Affairs",
  "External Affairs Minister",
  "Foreign Secretary",
  "Secretary of State",
  "Defence Minister",
  "Defense Minister",
  "Minister of Defence",
  "Minister of Defense",
  "Minister",
  "Deputy Minister",
  "Ambassador",
  "Special Envoy",
  "Envoy",
  "High Representative",
  "Commissioner",
  "Speaker",
  "Governor",
  "Mayor",
  "Senator",
  "Deputy Chairman",
  "Vice Chairman",
  "Vice-Chairman",
  "National Security Adviser",
  "National Security Advisor",
  "Congressman",
  "Congresswoman",
  "Congressmen",
  "Senators",
  "Member of Parliament",
  "Adviser",
  "Advisor",
  "Aide",
  "Assistant",
  "State Councilor",
  "State Councillor",
  "High Commissioner",
  "Permanent Representative",
  "Chief of Staff",
  "Director",
  "Chief Operating Officer",
  "Chief Investment Officer",
  "Chief Financial Officer",
  "Founding Partner",
  "Partner",
  "Secretary",
  "Under Secretary",
  "Undersecretary",
  "Assistant Secretary",
  "Deputy Secretary",
  "Minister of State",
  "Chargé d'Affaires",
  "Charge d'Affaires",
  "Lawmaker",
  "MP",
  "Spokesperson",
  "Spokesman",
  "Spokeswoman",
  "Press Secretary",
  "Secretary to the President",
  "Adviser to the President",
  "Advisor to the President",
  "Aide to the President",
  "Under-Secretary-General",
  "Under Secretary-General",
  "Undersecretary General",
  "Under Secretary General",
  "Deputy Secretary-General",
  "Assistant Secretary-General",
  "Emergency Relief Coordinator",
  "Special Representative",
  "Special Coordinator",
  "Resident Coordinator",
  "Coordinator",
  "Ambassador Extraordinary and Plenipotentiary",
  "European Commissioner",
  "Assistant to the President",
  "Vice Minister",
];

/** Short forms of titles: "PM Modi", "FM Saidov". */
const SHORT: [form: string, label: string][] = [
  ["PM", "Prime Minister"],
  ["FM", "Foreign Minister"],
];

export const TITLES: ReadonlyMap<string, Title> = new Map<string, Title>([
  ...LEADING.map((label) => [label, { label, leads: true }] as const),
  ...SERVING.map((label) => [label, { label, leads: false }] as const),
  ...SHORT.map(([form, label]) => [form, { label, leads: label === "Prime Minister" }] as const),
]);

/**
 * Words of a minister's portfolio, between a title and a name: "Secretary of State for Foreign,
 * Commonwealth and Development Affairs James Cleverly", "Commissioner for Neighbourhood and
 * Enlargement, Olivér Várhelyi". Folded keys.
 */
export const PORTFOLIO = new Set(
  `foreign commonwealth development affairs trade industry economy economic finance defence defense
interior justice energy infrastructure health education culture transport transportation agriculture
security homeland national european eurasian neighborhood neighbourhood enlargement expatriates
cooperation abroad investment investments digital communications communication planning water
resources environment climate labour labor social tourism sport sports youth science technology
technologies innovation emergency emergencies situations natural mineral minerals mining petroleum
oil gas information media public works housing urban rural land fisheries food maritime treasury
budget revenue customs home state international relations external internal integration regional
strategic policy affairs africa african arab gulf overseas diaspora compatriots women family
religious higher tertiary primary secondary mines power electricity hydrocarbons ecology economics
press presidential military`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/** Words in front of a title that keep it a title: "acting Minister", "interim President". */
export const TITLE_MODIFIERS = new Set([
  "acting",
  "interim",
  "outgoing",
  "incoming",
  "newly",
  "elected",
  "appointed",
  "designate",
  "visiting",
  "second",
  "new",
  "deputy",
  "vice",
  "first",
  "senior",
  "chief",
  "former",
]);

/** Words in front of a name that are not part of it: "Sheikh", "Mr". */
export const HONORIFICS = new Set([
  "sheikh",
  "datuk",
  "dato",
  "seri",
  "sri",
  "tan",
  "tun",
  "pengiran",
  "ustaz",
  "sheikha",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "dame",
  "he",
  "his",
  "her",
  "excellency",
  "majesty",
  "highness",
  "royal",
  "hrh",
  "shaikh",
  "prince",
  "princess",
  "hh",
  "sayyid",
  "sayyida",
  "professor",
  "prof",
  "lord",
  "lady",
  "alderman",
  "general",
  "gen",
  "excellencies",
  "honourable",
  "honorable",
  "setia",
  "haji",
  "hajah",
  "datin",
  "puan",
  "hon",
  "madam",
]);

/** Small words a name may hold: "Tamim bin Hamad Al Thani", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set([
  "bin",
  "bint",
  "ibn",
  "al",
  "el",
  "de",
  "da",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "dos",
  "das",
  "del",
  "y",
  "ben",
]);

/**
 * Titles that name the same office, so that a definite title finds whom it means: "the Premier"
 * the "Prime Minister" named before, "the Foreign Secretary" the "Secretary of State". The first
 * label of each row names the family.
 */
const FAMILIES: string[][] = [
  ["president", "president", "head of state", "president-elect", "president elect"],
  [
    "prime minister",
    "prime minister",
    "premier",
    "pm",
    "head of government",
    "chancellor",
    "federal chancellor",
    "taoiseach",
    "chief adviser",
  ],
  [
    "foreign minister",
    "foreign minister",
    "minister of foreign affairs",
    "minister for foreign affairs",
    "minister for external affairs",
    "external affairs minister",
    "fm",
    "foreign secretary",
    "secretary of state",
    "top diplomat",
  ],
  ["monarch", "king", "queen", "emir", "amir", "sultan", "custodian", "majesty"],
  ["secretary-general", "secretary-general", "secretary general"],
  ["director-general", "director-general", "director general"],
  ["chairman", "chairperson", "chairman", "chairwoman", "chair"],
  ["ceo", "ceo", "chief executive officer", "chief executive"],
  ["ambassador", "ambassador", "envoy", "high commissioner", "special envoy", "charge d'affaires"],
];

/** The office a title names ("Premier" → "prime minister"), or the title itself, folded. */
export function titleFamily(label: string): string {
  const folded = label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z' -]+/g, " ")
    .trim();
  // a deputy holds another office than the one they deputise in
  if (/^(?:vice|deputy|first deputy|acting deputy)\b/.test(folded)) return folded;
  // "Foreign Affairs Minister", "Minister of Foreign Affairs and Trade", "Secretary of State for Foreign ..."
  if (/\b(?:foreign|external affairs)\b/.test(folded) && /\b(?:minister|secretary)\b/.test(folded))
    return "foreign minister";
  for (const [family, ...labels] of FAMILIES)
    if (labels.some((l) => folded === l || folded.startsWith(`${l} `) || folded.endsWith(` ${l}`)))
      return family ?? folded;
  return folded;
}
