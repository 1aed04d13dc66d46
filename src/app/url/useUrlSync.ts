import { useEffect } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { ExplorerStore } from "../state/store";
import { parseView, printView, resolveView } from "../view/permalink";
import { viewOf } from "../view/parameters";
import { flushPendingPush, onAddressChange, pushAfterPaint } from "./location";

/**
 * Keeps the address a view of the state. Reads it on load and on back/forward (replacing the state,
 * and saying politely what the link asked for that this graph lacks); writes it with pushState after
 * every user step (once its picture is painted), so back and forward walk through them. The
 * address is never rewritten on load.
 * An address for another graph is not this store's to read: a new store comes with that graph.
 */
export function useUrlSync(store: ExplorerStore, index: GraphIndex): void {
  useEffect(() => {
    let restoring = false;
    const restore = () => {
      const parsed = parseView(window.location.search);
      if (parsed.view.graph !== store.getState().graph) return;
      const { view, problems } = resolveView(parsed, index);
      restoring = true;
      store.setState({ ...view, notices: problems });
      restoring = false;
    };
    restore();

    const unsubscribe = store.subscribe((state, previous) => {
      if (restoring) return;
      const next = printView(viewOf(state));
      if (next === printView(viewOf(previous))) return;
      pushAfterPaint(`${window.location.pathname}${next}${window.location.hash}`);
    });
    const stopListening = onAddressChange(restore);
    return () => {
      unsubscribe();
      stopListening();
      flushPendingPush();
    };
  }, [store, index]);
}
