import type { MouseEvent } from "react";
import "./SkipLinks.css";

const TARGETS = [
  { id: "graph-canvas", label: "Skip to the graph" },
  { id: "filters", label: "Skip to the filters" },
  { id: "details", label: "Skip to the details" },
];

/**
 * The first stops for the Tab key, shown when focused. They move focus without touching the
 * address, which is the permalink.
 */
export function SkipLinks() {
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <a
          key={t.id}
          href={`#${t.id}`}
          onClick={(event) => {
            jump(event, t.id);
          }}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
