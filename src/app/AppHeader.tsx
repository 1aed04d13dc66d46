import type { ReactNode } from "react";
import "./AppHeader.css";

/** The page's banner: what is being explored, and the tools once the graph is there. */
export function AppHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="app-header">
      <h1>{title}</h1>
      {children}
    </header>
  );
}
