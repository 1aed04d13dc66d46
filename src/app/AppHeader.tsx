import type { ReactNode } from "react";
import "./AppHeader.css";

/**
 * The page's banner: what is being explored and where it comes from, on one line where there is
 * room, and the tools once the graph is there.
 */
export function AppHeader({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="app-header">
      <div className="title-row">
        <h1>{title}</h1>
        {subtitle ? <p className="source-line">{subtitle}</p> : null}
      </div>
      {children}
    </header>
  );
}
