/**
 * The app's own moves through its addresses. A move made here (opening another graph, say) tells
 * the parts that read the address, as the browser's back and forward do with `popstate`.
 */
const MOVED = "explorer:moved";

/** A hidden page draws no frames: a step's address is written by then at the latest. */
const PUSH_AT_THE_LATEST_MS = 100;

interface PendingPush {
  url: string;
  frame: number;
  timers: ReturnType<typeof setTimeout>[];
}
let pending: PendingPush | undefined;

function dropPendingPush(): void {
  if (!pending) return;
  cancelAnimationFrame(pending.frame);
  for (const timer of pending.timers) clearTimeout(timer);
  pending = undefined;
}

/** Writes the step's address now if one is waiting. */
export function flushPendingPush(): void {
  const url = pending?.url;
  dropPendingPush();
  if (url !== undefined) window.history.pushState(null, "", url);
}

/**
 * Writes a step's address as a new entry in the history once the step's picture is painted:
 * pushState takes about 6 ms in Chromium, which a click would otherwise wait for. Steps asked for
 * before then make one entry, with the last address.
 */
export function pushAfterPaint(url: string): void {
  if (pending) {
    pending.url = url;
    return;
  }
  const entry: PendingPush = { url, frame: 0, timers: [] };
  entry.frame = requestAnimationFrame(() => {
    entry.timers.push(setTimeout(flushPendingPush, 0));
  });
  entry.timers.push(setTimeout(flushPendingPush, PUSH_AT_THE_LATEST_MS));
  pending = entry;
}

/** Goes to another address of the app (a fragment names what was opened), as a new step in the history. */
export function navigate(search: string, hash = ""): void {
  flushPendingPush();
  window.history.pushState(null, "", `${window.location.pathname}${search}${hash}`);
  window.dispatchEvent(new Event(MOVED));
}

/** Calls back whenever the address changes by back, forward or `navigate`. */
export function onAddressChange(callback: () => void): () => void {
  // Back or forward at once after a step: the step's address, not yet written, is not written.
  const onPopState = () => {
    dropPendingPush();
    callback();
  };
  window.addEventListener("popstate", onPopState);
  window.addEventListener(MOVED, callback);
  return () => {
    window.removeEventListener("popstate", onPopState);
    window.removeEventListener(MOVED, callback);
  };
}
