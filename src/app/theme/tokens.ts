import {
  NODE_KINDS,
  RELATION_FAMILY_NAMES,
  type NodeKind,
  type RelationFamily,
} from "../../model/graph/kinds";

/** Light or dark: what the system asks for, or what the reader chose. */
export type ColourScheme = "light" | "dark";

const LIGHT_TOKENS = {
  ink: "#111827",
  muted: "#4b5563",
  faint: "#6b7280",
  line: "#d1d5db",
  lineStrong: "#9ca3af",
  surface: "#ffffff",
  panel: "#f9fafb",
  accent: "#1d4ed8",
  accentSoft: "#eff6ff",
  accentStrong: "#1e3a8a",
  bandSoft: "#eef2ff",
  /** The keyboard's focus ring, on the page and on the canvas. */
  focusRing: "#b45309",
  /** What is selected or being read. */
  selection: "#f59e0b",
  selectionSoft: "#fffbeb",
  /** The connection being asked about. */
  path: "#7c3aed",
  evidenceSoft: "#ede9fe",
  markMention: "#fde68a",
  markSource: "#bfdbfe",
  markTarget: "#fbcfe8",
  success: "#166534",
  danger: "#dc2626",
  dangerSoft: "#fef2f2",
  edge: "#9ca3af",
  edgeStrong: "#4b5563",
  shadow: "rgb(0 0 0 / 14%)",
};

export type TokenName = keyof typeof LIGHT_TOKENS;

/** The same roles at night: light ink on a dark surface, every text pair still 4.5:1 or more. */
const DARK_TOKENS: Record<TokenName, string> = {
  ink: "#e5e7eb",
  muted: "#b4bcc8",
  faint: "#9ca3af",
  line: "#374151",
  lineStrong: "#6b7280",
  surface: "#0f172a",
  panel: "#111c2e",
  accent: "#93c5fd",
  accentSoft: "#1e293b",
  accentStrong: "#bfdbfe",
  bandSoft: "#1e1b4b",
  focusRing: "#fbbf24",
  selection: "#f59e0b",
  selectionSoft: "#422006",
  path: "#a78bfa",
  evidenceSoft: "#2e1065",
  markMention: "#713f12",
  markSource: "#1e3a8a",
  markTarget: "#831843",
  success: "#4ade80",
  danger: "#f87171",
  dangerSoft: "#450a0a",
  edge: "#6b7280",
  edgeStrong: "#d1d5db",
  shadow: "rgb(0 0 0 / 50%)",
};

/**
 * The design tokens: every colour the app draws with, in one place, for each scheme. The stylesheets
 * read them as CSS custom properties (`--ink`, `--kind-leader`, `--relation-discusses`), the
 * canvas's Cytoscape stylesheet reads them here, so the panels and the picture speak one palette.
 */
export interface Palette {
  tokens: Readonly<Record<TokenName, string>>;
  /** One colour per kind of node; never the only cue, each kind has its shape too. */
  kinds: Readonly<Record<NodeKind, string>>;
  /** One colour per family of relations; each family has its line and arrow too. */
  relations: Readonly<Record<RelationFamily, string>>;
}

export const PALETTES: Record<ColourScheme, Palette> = {
  light: {
    tokens: LIGHT_TOKENS,
    // Each at least 4.5:1 against white, so swatches and marks read for everyone.
    kinds: {
      leader: "#1d4ed8",
      person: "#7e22ce",
      state: "#15803d",
      organization: "#0f766e",
      event: "#c2410c",
      place: "#a16207",
      infrastructure: "#475569",
      topic: "#be185d",
    },
    // At least 3:1 against white (a line is a graphic); the setting, the most common, the quietest.
    relations: {
      takes_part: "#2563eb",
      discusses: "#db2777",
      heads: "#16a34a",
      invitation: "#c2410c",
      partnership: "#0d9488",
      setting: "#8b95a5",
    },
  },
  dark: {
    tokens: DARK_TOKENS,
    // At least 4.5:1 against the dark surface.
    kinds: {
      leader: "#60a5fa",
      person: "#c084fc",
      state: "#4ade80",
      organization: "#2dd4bf",
      event: "#fb923c",
      place: "#facc15",
      infrastructure: "#94a3b8",
      topic: "#f472b6",
    },
    relations: {
      takes_part: "#60a5fa",
      discusses: "#f472b6",
      heads: "#4ade80",
      invitation: "#fb923c",
      partnership: "#2dd4bf",
      setting: "#7c8799",
    },
  },
};

/** The custom property a kind's colour is in, for a stylesheet or an SVG. */
export const kindColour = (kind: NodeKind) => `var(--kind-${kind})`;
const relationProperty = (family: RelationFamily) => `--relation-${family.replace(/_/g, "-")}`;
/** The custom property a family of relations' colour is in. */
export const relationColour = (family: RelationFamily) => `var(${relationProperty(family)})`;

/** `focusRing` → `--focus-ring`. */
export const cssName = (name: string) =>
  `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** A palette as CSS custom properties. */
export function cssVariables(palette: Palette): [string, string][] {
  return [
    ...Object.entries(palette.tokens).map(([name, value]): [string, string] => [
      cssName(name),
      value,
    ]),
    ...NODE_KINDS.map((kind): [string, string] => [`--kind-${kind}`, palette.kinds[kind]]),
    ...RELATION_FAMILY_NAMES.map((family): [string, string] => [
      relationProperty(family),
      palette.relations[family],
    ]),
  ];
}

/**
 * Puts a scheme's tokens on the page, through the CSSOM (which the Content-Security-Policy allows),
 * and tells the browser the scheme, so that its own controls and scroll bars follow.
 */
export function applyTokens(root: HTMLElement, scheme: ColourScheme): void {
  for (const [name, value] of cssVariables(PALETTES[scheme])) root.style.setProperty(name, value);
  root.style.colorScheme = scheme;
  root.dataset.scheme = scheme;
}
