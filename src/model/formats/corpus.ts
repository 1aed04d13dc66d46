import * as z from "zod/mini";
import { PassageSchema, SourceSchema, type Passage, type Source } from "../graph/schema";

const Sources = z.array(SourceSchema);
const Passages = z.array(PassageSchema);

function parsed<T>(schema: z.ZodMiniType<T>, raw: unknown): T | undefined {
  try {
    const value = typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
    const result = schema.safeParse(value);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The articles a file carries as graph-level data (our GraphML and Cytoscape JSON do): taken only
 * when both lists are well formed; otherwise the quotes rebuild what they can.
 */
export function corpusFrom(
  sources: unknown,
  passages: unknown,
): { sources?: Source[]; passages?: Passage[] } {
  const s = parsed(Sources, sources);
  const p = parsed(Passages, passages);
  return s && p ? { sources: s, passages: p } : {};
}
