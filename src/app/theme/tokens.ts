import type { NodeKind } from "../../model/graph/kinds";

/**
 * The design tokens: every colour the app draws with, in one place. The stylesheets read them as CSS
 * custom properties (`--ink`, `--kind-leader`), the canvas's Cytoscape stylesheet reads them here,
 * so the panels and the picture always speak the same palette.
 */
export const TOKENS = {
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
} as const;

/** One colour per kind, each at least 4.5:1 against white, so swatches and marks read for everyone. */
export const KIND_COLOURS: Record<NodeKind, string> = {
  leader: "#1d4ed8",
  person: "#7e22ce",
  state: "#15803d",
  organization: "#0f766e",
  event: "#c2410c",
  place: "#a16207",
  infrastructure: "#475569",
  topic: "#be185d",
};

export type TokenName = keyof typeof TOKENS;

/** `focusRing` → `--focus-ring`. */
export const cssName = (name: string) =>
  `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The tokens as CSS custom properties. */
export function cssVariables(): [string, string][] {
  return [
    ...Object.entries(TOKENS).map(([name, value]): [string, string] => [cssName(name), value]),
    ...Object.entries(KIND_COLOURS).map(([kind, value]): [string, string] => [
      `--kind-${kind}`,
      value,
    ]),
  ];
}

/** Puts the tokens on the page, through the CSSOM (which the Content-Security-Policy allows). */
export function applyTokens(root: HTMLElement): void {
  for (const [name, value] of cssVariables()) root.style.setProperty(name, value);
}
