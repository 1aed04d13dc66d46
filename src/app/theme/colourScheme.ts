import { useSyncExternalStore } from "react";
import { applyTokens, type ColourScheme } from "./tokens";

/** Where the reader's choice is remembered; none means "as the system says". */
const STORAGE_KEY = "explorer.colour-scheme";
const systemDark = () => window.matchMedia("(prefers-color-scheme: dark)");

function chosen(): ColourScheme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    // Storage refused (a private window, a sandboxed frame): the system decides.
    return null;
  }
}

/** The scheme in force: the reader's choice, else the system's. */
export function currentScheme(): ColourScheme {
  return chosen() ?? (systemDark().matches ? "dark" : "light");
}

const listeners = new Set<() => void>();
const changed = () => {
  applyTokens(document.documentElement, currentScheme());
  for (const listener of listeners) listener();
};

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    systemDark().addEventListener("change", changed);
    window.addEventListener("storage", changed);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      systemDark().removeEventListener("change", changed);
      window.removeEventListener("storage", changed);
    }
  };
}

/** Remembers the reader's scheme (null: follow the system again) and repaints the page. */
export function chooseScheme(scheme: ColourScheme | null): void {
  try {
    if (scheme === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, scheme);
  } catch {
    // Not remembered, but still applied for this page.
  }
  applyTokens(document.documentElement, scheme ?? currentScheme());
  for (const listener of listeners) listener();
}

/**
 * The scheme in force, following the system until the reader picks one, and any other tab's pick.
 * The tokens on the page are kept in step by this module, so a component only reads.
 */
export function useColourScheme(): ColourScheme {
  return useSyncExternalStore(subscribe, currentScheme);
}
