import type { ReactNode } from "react";

/** The page's banner: the title, and the tools once the graph is there. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <h1>Tokayev at the 78th UN General Assembly: five bilateral meetings</h1>
      {children}
    </header>
  );
}
