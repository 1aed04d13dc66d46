import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Version } from "../../model/graph/schema";

const FIELD_NAMES: Record<Version["field"], string> = {
  label: "the name",
  role: "the title",
  date: "the date",
};

/**
 * Where the sources disagree, every version with the sources that give it: a reader sees both dates
 * of a meeting, not the one the merge kept.
 */
export function VersionsNote({
  versions,
  index,
}: {
  versions: readonly Version[] | undefined;
  index: GraphIndex;
}) {
  if (!versions || versions.length < 2) return null;
  const fields = [...new Set(versions.map((v) => v.field))];
  return (
    <div className="versions-note" role="note">
      {fields.map((field) => (
        <div key={field}>
          <p>Sources differ on {FIELD_NAMES[field]}:</p>
          <ul>
            {versions
              .filter((v) => v.field === field)
              .map((v) => (
                <li key={v.value}>
                  <strong>{v.value}</strong> according to{" "}
                  {v.sources
                    .map((id) => {
                      const source = index.source(id);
                      return source?.publisher ?? source?.title ?? id;
                    })
                    .join(", ")}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
