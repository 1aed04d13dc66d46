import type { ReactNode } from "react";
import type { ExplorerStore } from "./store";
import { ExplorerStoreContext } from "./useExplorer";

export function ExplorerStoreProvider({
  store,
  children,
}: {
  store: ExplorerStore;
  children: ReactNode;
}) {
  return <ExplorerStoreContext value={store}>{children}</ExplorerStoreContext>;
}
