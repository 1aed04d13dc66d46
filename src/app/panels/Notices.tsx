import { useExplorer } from "../state/useExplorer";
import "./Notices.css";

/**
 * Polite word about what a link asked for and the graph could not give: all of one address's
 * problems in one box, each once. They echo the link, so they are only ever text, already cut short
 * and with invisible characters written out (see permalink.ts); a long unbroken value still wraps.
 */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotices);
  const unique = [...new Set(notices)];
  return (
    <div role="status" className={unique.length > 0 ? "notices" : "notices empty"}>
      {unique.length > 0 ? (
        <>
          <p>Part of this link could not be followed; the rest of it applies.</p>
          <ul style={{ overflowWrap: "anywhere" }}>
            {unique.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}
