/**
 * What opening changed on the way in ("kinds shown as topics"), said on the new graph's page.
 * Opening replaces the page (a new graph gets a new explorer), so the words wait here, tied to the
 * address they were said for: read, not taken, so a second render (StrictMode) reads them too.
 */
let pending: { hash: string; name: string; notes: string[] } | null = null;

export function leaveArrivalNotes(hash: string, name: string, notes: string[]): void {
  pending = notes.length > 0 ? { hash, name, notes } : null;
}

/** The notes for the address now shown, if opening left any for it. */
export function arrivalNotes(): { name: string; notes: string[] } | null {
  return pending && pending.hash === window.location.hash ? pending : null;
}
