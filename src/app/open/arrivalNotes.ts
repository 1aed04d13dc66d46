/**
 * What opening changed on the way in ("kinds shown as topics"), said once on the new graph's page.
 * Opening replaces the page (a new graph gets a new explorer), so the words wait here for it.
 */
let pending: { name: string; notes: string[] } | null = null;

export function leaveArrivalNotes(name: string, notes: string[]): void {
  pending = notes.length > 0 ? { name, notes } : null;
}

export function takeArrivalNotes(): { name: string; notes: string[] } | null {
  const taken = pending;
  pending = null;
  return taken;
}
