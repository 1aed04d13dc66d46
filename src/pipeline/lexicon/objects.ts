import type { NodeKind } from "../../model/graph/kinds";

/**
 * The last word of a named object a meeting can discuss ("Kazakhstan – Turkmenistan – Iran railway",
 * "Bandar Abbas Port", "Astana International Forum"), and what kind of node the object is.
 */
export const OBJECT_HEADS: ReadonlyMap<string, { kind: NodeKind; role: string }> = new Map<
  string,
  { kind: NodeKind; role: string }
>([
  ...[
    "railway",
    "railroad",
    "rail",
    "port",
    "terminal",
    "pipeline",
    "corridor",
    "route",
    "highway",
    "bridge",
    "airport",
    "dam",
    "plant",
    "canal",
    "hub",
    "line",
    "seaport",
  ].map((w) => [w, { kind: "infrastructure" as const, role: "infrastructure" }] as const),
  ...[
    "forum",
    "summit",
    "expo",
    "exhibition",
    "conference",
    "congress",
    "games",
    "week",
    "festival",
    "dialogue",
  ].map((w) => [w, { kind: "event" as const, role: "event" }] as const),
  ...[
    "memorandum",
    "agreement",
    "treaty",
    "declaration",
    "roadmap",
    "programme",
    "program",
    "initiative",
    "strategy",
    "plan",
  ].map((w) => [w, { kind: "topic" as const, role: "document" }] as const),
]);

/** Heads of objects that are named only when capitalised ("Middle Corridor"), not "a route". */
export const CAPITALISED_ONLY = new Set([
  "route",
  "line",
  "hub",
  "plant",
  "week",
  "games",
  "dialogue",
  "initiative",
  "strategy",
  "plan",
  "programme",
  "program",
  "agreement",
  "declaration",
  "conference",
  "congress",
  "festival",
  "treaty",
]);
