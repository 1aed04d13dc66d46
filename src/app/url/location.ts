/**
 * The app's own moves through its addresses. A move made here (opening another graph, say) tells
 * the parts that read the address, as the browser's back and forward do with `popstate`.
 */
const MOVED = "explorer:moved";

/** Goes to another address of the app (a fragment names what was opened), as a new step in the history. */
export function navigate(search: string, hash = ""): void {
  window.history.pushState(null, "", `${window.location.pathname}${search}${hash}`);
  window.dispatchEvent(new Event(MOVED));
}

/** Calls back whenever the address changes by back, forward or `navigate`. */
export function onAddressChange(callback: () => void): () => void {
  window.addEventListener("popstate", callback);
  window.addEventListener(MOVED, callback);
  return () => {
    window.removeEventListener("popstate", callback);
    window.removeEventListener(MOVED, callback);
  };
}
