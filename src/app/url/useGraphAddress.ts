import { useSyncExternalStore } from "react";
import { PARAMETERS } from "../view/parameters";
import { onAddressChange } from "./location";

/** The `graph` parameter, read as the permalink reads it; null for the default graph. */
export function graphParameter(search: string): string | null {
  const raw = new URLSearchParams(search).get(PARAMETERS.graph.key);
  if (raw === null) return null;
  return PARAMETERS.graph.codec.read(raw, { noun: PARAMETERS.graph.noun, say: () => {} }) ?? null;
}

const current = () => graphParameter(window.location.search);

/** The graph the address asks for, kept current through back, forward and the app's own moves. */
export function useGraphAddress(): string | null {
  return useSyncExternalStore(onAddressChange, current);
}
