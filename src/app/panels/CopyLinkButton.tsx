import { useEffect, useState } from "react";
import "./CopyLinkButton.css";

type CopyState = "idle" | "copied" | "failed";

/** Copies the address (which always reflects the view) and says so. */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => {
      setState("idle");
    }, 4000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {state === "copied"
          ? "Link copied"
          : state === "failed"
            ? "Could not copy; the address bar holds the link"
            : ""}
      </span>
    </span>
  );
}
