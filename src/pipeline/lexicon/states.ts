import { slugOf } from "../extract/slug";
import data from "./states.json";

/** A state of the world, as the trimmed `world-countries` data names it. */
export interface State {
  id: string;
  code: string;
  name: string;
}

export interface StateForm {
  state: State;
  /** A name of the state ("Iran", "Islamic Republic of Iran") or of its people ("Iranian", "Kazakh"). */
  as: "name" | "demonym";
  /** Written in capitals ("US", "UAE"): found only in capitals, never as the word "us". */
  capitals: boolean;
}

/**
 * Territories whose leaders readouts name as heads of state, which the package does not list:
 * Abkhazia, South Ossetia, Transnistria, Northern Cyprus, Somaliland. Codes outside ISO 3166.
 */
const TERRITORIES: { code: string; name: string; demonym: string; capital: string }[] = [
  { code: "X-AB", name: "Abkhazia", demonym: "Abkhazian", capital: "Sukhumi" },
  { code: "X-SO", name: "South Ossetia", demonym: "South Ossetian", capital: "Tskhinvali" },
  { code: "X-TN", name: "Transnistria", demonym: "Transnistrian", capital: "Tiraspol" },
  { code: "X-NC", name: "Northern Cyprus", demonym: "Turkish Cypriot", capital: "North Nicosia" },
  { code: "X-SL", name: "Somaliland", demonym: "Somalilander", capital: "Hargeisa" },
];

/** Cities readouts file from or meet in as a state's seat, which the package names otherwise or not. */
const MORE_CAPITALS: Record<string, string[]> = {
  US: ["Washington", "Washington DC"],
  KZ: ["Nur-Sultan", "Almaty"],
  MN: ["Ulaanbaatar"],
  LK: ["Colombo"],
  IN: ["Delhi"],
  UA: ["Kiev"],
  MM: ["Yangon"],
  VN: ["Ho Chi Minh City"],
  TR: ["Istanbul"],
  SA: ["Jeddah"],
  AE: ["Dubai"],
  CH: ["Geneva"],
  BR: ["Brasilia"],
};

const ENTRIES = [
  ...data,
  ...TERRITORIES.map((t) => ({
    code: t.code,
    name: t.name,
    official: t.name,
    alt: [],
    demonyms: [t.demonym],
    capitals: [t.capital],
  })),
];

/** English names the package lacks that readouts still use. */
const MORE_NAMES: Record<string, string[]> = {
  TR: ["Turkey", "Republic of Türkiye"],
  US: ["U.S.", "U.S.A.", "America", "United States"],
  GB: ["U.K.", "Britain"],
  MM: ["Burma"],
  SZ: ["Swaziland"],
  TL: ["East Timor"],
  CV: ["Cape Verde"],
  CZ: ["Czech Republic"],
  VA: ["Holy See"],
  KR: ["Korea"],
  RU: ["Russian Federation"],
  LU: ["Luxemburg"],
};
/** Demonyms the package lacks, and the prefixes of compounds such as "Sino-Indian". */
const MORE_DEMONYMS: Record<string, string[]> = {
  SA: ["Saudi"],
  AZ: ["Azeri"],
  CN: ["Sino"],
  IN: ["Indo"],
  RU: ["Russo"],
  FR: ["Franco"],
  GB: ["Anglo"],
  TR: ["Turkish", "Turko"],
};

/**
 * "Kazakh" from "Kazakhstan", "Uzbek" from "Uzbekistan": the people of a "-stan" are named by its
 * stem, which the package does not list ("Kazakhstani" it does).
 */
function derivedDemonym(name: string): string | undefined {
  const stem = /^(\p{L}{4,}?)(?:i?stan)$/u.exec(name)?.[1];
  return stem;
}

function buildForms(): Map<string, StateForm[]> {
  const forms = new Map<string, StateForm[]>();
  const add = (form: string, state: State, as: StateForm["as"]) => {
    const list = forms.get(form) ?? [];
    if (!list.some((f) => f.state.code === state.code)) {
      list.push({ state, as, capitals: /^[A-Z.]+$/.test(form) && form.length <= 6 });
    }
    forms.set(form, list);
  };
  for (const entry of ENTRIES) {
    const state: State = { id: slugOf(entry.name), code: entry.code, name: entry.name };
    for (const name of [
      entry.name,
      entry.official,
      ...entry.alt,
      ...(MORE_NAMES[entry.code] ?? []),
    ]) {
      add(name, state, "name");
    }
    const demonyms = entry.demonyms.flatMap((d) => d.split(/,\s*/));
    const derived = derivedDemonym(entry.name);
    if (derived) demonyms.push(derived);
    // "Djiboutian", "Burundian", "Malawian": the people of a name in "-i", which the package
    // names by the name itself
    if (/^\p{L}+i$/u.test(entry.name)) demonyms.push(`${entry.name}an`);
    for (const d of [...demonyms, ...(MORE_DEMONYMS[entry.code] ?? [])]) {
      add(d, state, "demonym");
      // "Mauritanians Abroad", "Kazakhs": the people, in the plural
      if (/[^s]$/.test(d) && !/(?:ese|sh|ch|i)$/.test(d)) add(`${d}s`, state, "demonym");
    }
  }
  // A demonym two states share ("Congolese", "Dominican") names neither.
  for (const [form, list] of forms) if (list.length > 1) forms.delete(form);
  return forms;
}

/** Every form that names a state or its people, to the states it names (exactly one each). */
export const STATE_FORMS: ReadonlyMap<string, readonly StateForm[]> = buildForms();

/** Capitals: where a dateline or "in Astana" puts a meeting, a place of the state. */
export const CAPITALS: ReadonlyMap<string, State> = new Map(
  ENTRIES.flatMap((entry) =>
    [...entry.capitals, ...(MORE_CAPITALS[entry.code] ?? [])].map(
      (c) => [c, { id: slugOf(entry.name), code: entry.code, name: entry.name }] as const,
    ),
  ),
);
