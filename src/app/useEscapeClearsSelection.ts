import { useEffect } from "react";
import { useExplorerStore } from "./state/useExplorer";

/** Escape anywhere on the page clears the selection, unless a control used the key itself. */
export function useEscapeClearsSelection(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A control that used Escape itself (closing the search list) says so by preventing default.
      if (event.key === "Escape" && !event.defaultPrevented) store.getState().clearSelection();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, [store]);
}
