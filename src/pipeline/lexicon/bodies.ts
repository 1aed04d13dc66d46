/**
 * International bodies a readout names, written once: an id, a label and the forms it goes by.
 * Abbreviations in capitals match only in capitals.
 */
export interface Body {
  id: string;
  label: string;
  forms: string[];
}

const rows: [id: string, label: string, ...forms: string[]][] = [
  ["united-nations", "United Nations", "United Nations", "UN", "U.N.", "UNO"],
  [
    "un-general-assembly",
    "UN General Assembly",
    "UN General Assembly",
    "United Nations General Assembly",
    "UNGA",
    "General Assembly",
  ],
  [
    "un-security-council",
    "UN Security Council",
    "UN Security Council",
    "United Nations Security Council",
    "Security Council",
    "UNSC",
  ],
  ["european-union", "European Union", "European Union", "EU"],
  ["european-commission", "European Commission", "European Commission"],
  ["european-council", "European Council", "European Council"],
  ["european-parliament", "European Parliament", "European Parliament"],
  ["council-of-europe", "Council of Europe", "Council of Europe"],
  ["nato", "NATO", "NATO", "North Atlantic Treaty Organization"],
  [
    "osce",
    "OSCE",
    "OSCE",
    "Organization for Security and Co-operation in Europe",
    "Organization for Security and Cooperation in Europe",
  ],
  [
    "sco",
    "Shanghai Cooperation Organisation",
    "SCO",
    "Shanghai Cooperation Organisation",
    "Shanghai Cooperation Organization",
  ],
  ["cis", "Commonwealth of Independent States", "CIS", "Commonwealth of Independent States"],
  ["csto", "CSTO", "CSTO", "Collective Security Treaty Organization"],
  ["eaeu", "Eurasian Economic Union", "EAEU", "EAEU", "Eurasian Economic Union"],
  ["brics", "BRICS", "BRICS"],
  ["g20", "G20", "G20", "G-20", "Group of 20", "Group of Twenty"],
  ["g7", "G7", "G7", "G-7", "Group of Seven"],
  ["asean", "ASEAN", "ASEAN", "Association of Southeast Asian Nations"],
  ["african-union", "African Union", "African Union", "AU"],
  ["arab-league", "Arab League", "Arab League", "League of Arab States"],
  [
    "oic",
    "Organisation of Islamic Cooperation",
    "OIC",
    "Organisation of Islamic Cooperation",
    "Organization of Islamic Cooperation",
  ],
  [
    "organization-of-turkic-states",
    "Organization of Turkic States",
    "Organization of Turkic States",
    "OTS",
  ],
  ["cica", "CICA", "CICA", "Conference on Interaction and Confidence Building Measures in Asia"],
  ["gcc", "Gulf Cooperation Council", "GCC", "Gulf Cooperation Council"],
  ["apec", "APEC", "APEC", "Asia-Pacific Economic Cooperation"],
  ["commonwealth", "Commonwealth of Nations", "Commonwealth of Nations"],
  ["who", "World Health Organization", "World Health Organization", "WHO"],
  ["wto", "World Trade Organization", "World Trade Organization", "WTO"],
  ["imf", "International Monetary Fund", "International Monetary Fund", "IMF"],
  ["world-bank", "World Bank", "World Bank"],
  ["iaea", "IAEA", "IAEA", "International Atomic Energy Agency"],
  ["unesco", "UNESCO", "UNESCO"],
  ["unicef", "UNICEF", "UNICEF"],
  ["undp", "UNDP", "UNDP", "United Nations Development Programme"],
  ["fao", "FAO", "FAO", "Food and Agriculture Organization"],
  ["opec", "OPEC", "OPEC", "OPEC+"],
  ["oecd", "OECD", "OECD"],
  ["caricom", "CARICOM", "CARICOM"],
  ["mercosur", "Mercosur", "Mercosur", "MERCOSUR"],
  ["quad", "Quad", "Quad"],
  [
    "icrc",
    "International Committee of the Red Cross",
    "International Committee of the Red Cross",
    "ICRC",
  ],
  ["ebrd", "EBRD", "EBRD", "European Bank for Reconstruction and Development"],
  ["adb", "Asian Development Bank", "Asian Development Bank", "ADB"],
  ["aiib", "AIIB", "AIIB", "Asian Infrastructure Investment Bank"],
  ["isdb", "Islamic Development Bank", "Islamic Development Bank", "IsDB"],
  ["cop", "COP", "COP28", "COP29", "COP27", "COP26"],
  ["world-economic-forum", "World Economic Forum", "World Economic Forum", "WEF"],
];

/** Bodies that are part of a larger one: a head of the European Council speaks for the Union. */
export const PART_OF: ReadonlyMap<string, string> = new Map([
  ["european-commission", "european-union"],
  ["european-council", "european-union"],
  ["european-parliament", "european-union"],
  ["un-general-assembly", "united-nations"],
  ["un-security-council", "united-nations"],
]);

/** British and American spellings of one name: "Organisation" and "Organization". */
const spellings = (form: string) => [
  ...new Set([
    form,
    form.replace(/Organization/g, "Organisation"),
    form.replace(/Organisation/g, "Organization"),
  ]),
];

export const BODIES: readonly Body[] = rows.map(([id, label, ...forms]) => ({
  id,
  label,
  forms: forms.flatMap(spellings),
}));
