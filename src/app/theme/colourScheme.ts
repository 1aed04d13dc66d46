import { useSyncExternalStore } from "react";
import { applyTokens, type ColourScheme } from "./tokens";

/** Where the reader's choice is remembered; none means "as the system says". */
const STORAGE_KEY = "explorer.colour-scheme";
const systemDark = () => window.matchMedia("(prefers-color-scheme: dark)");

function stored(): ColourScheme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    // Storage refused (a private window, a sandboxed frame): the system decides.
    return null;
  }
}

/** The reader's choice for this page, read from storage once; storage only keeps it for later. */
let choice: ColourScheme | null | undefined;

/** The scheme in force: the reader's choice, else the system's. */
export function currentScheme(): ColourScheme {
  if (choice === undefined) choice = stored();
  return choice ?? (systemDark().matches ? "dark" : "light");
}

const listeners = new Set<() => void>();
const changed = () => {
  applyTokens(document.documentElement, currentScheme());
  for (const listener of listeners) listener();
};
/** Another tab chose. */
const storedElsewhere = () => {
  choice = stored();
  changed();
};

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    systemDark().addEventListener("change", changed);
    window.addEventListener("storage", storedElsewhere);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      systemDark().removeEventListener("change", changed);
      window.removeEventListener("storage", storedElsewhere);
    }
  };
}

/** Remembers the reader's scheme (null: follow the system again) and repaints the page. */
export function chooseScheme(scheme: ColourScheme | null): void {
  choice = scheme;
  try {
    if (scheme === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, scheme);
  } catch {
    // Not remembered, but it holds for this page.
  }
  changed();
}

/**
 * The scheme in force, following the system until the reader picks one, and any other tab's pick.
 * The tokens on the page are kept in step by this module, so a component only reads.
 */
export function useColourScheme(): ColourScheme {
  return useSyncExternalStore(subscribe, currentScheme);
}
