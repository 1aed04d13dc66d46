import { useEffect } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/store";
import { parseView, printView, resolveView } from "./permalink";
import { viewOfState } from "./viewOfState";

/**
 * Keeps the address a view of the state. Reads it on load and on back/forward (replacing the state,
 * and saying politely what the link asked for that this graph lacks); writes it with pushState on
 * every user step, so back and forward walk through them. The address is never rewritten on load.
 */
export function useUrlSync(index: GraphIndex): void {
  useEffect(() => {
    let restoring = false;
    const restore = () => {
      const { view, problems } = resolveView(parseView(window.location.search), index);
      restoring = true;
      useExplorer.setState({ ...view, notices: problems });
      restoring = false;
    };
    restore();

    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (restoring) return;
      const next = printView(viewOfState(state));
      if (next === printView(viewOfState(previous))) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      window.history.pushState(null, "", url);
    });
    window.addEventListener("popstate", restore);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", restore);
    };
  }, [index]);
}
