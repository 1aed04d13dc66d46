import type { Graph } from "../../model/graph/schema";
import { useOpenedRef } from "./useOpenedRef";

/**
 * For what only this browser keeps (its link names an entry of Recent, which another browser does
 * not have): a copy to keep or send, the project's own graph file, which Open reads back.
 */
export function SaveProjectButton({ graph }: { graph: Graph }) {
  const ref = useOpenedRef();
  if (ref?.type !== "recent") return null;
  const save = async () => {
    const [{ exportFile }, { download }] = await Promise.all([
      import("../../model/formats/exportFiles"),
      import("../export/download"),
    ]);
    const file = exportFile(graph, "graph");
    download(file.name, file.type, file.content);
  };
  return (
    <button type="button" onClick={() => void save()}>
      Save project file
    </button>
  );
}
