import { useExplorer } from "../state/store";

/** Polite word about what a link asked for and the graph could not give. */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotices);
  return (
    <div role="status" className={notices.length > 0 ? "notices" : "notices empty"}>
      {notices.length > 0 ? (
        <>
          <p>Part of this link could not be followed; the rest of it applies.</p>
          <ul>
            {notices.map((notice) => (
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
