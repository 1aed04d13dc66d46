import { KnowledgeError } from "./KnowledgeError";
import { KnowledgeSchema, type Knowledge } from "./knowledgeSchema";

/** Validates the knowledge file: its shape, unique ids, and that every id it uses is defined. */
export function parseKnowledge(raw: unknown): Knowledge {
  const parsed = KnowledgeSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path.join(".") ?? "";
    throw new KnowledgeError(`knowledge file at "${path}"`, issue?.message ?? "invalid");
  }
  const knowledge = parsed.data;

  const definedBy = new Map<string, string>();
  const define = (id: string, entry: string) => {
    const earlier = definedBy.get(id);
    if (earlier) throw new KnowledgeError(entry, `duplicate id "${id}" (also ${earlier})`);
    definedBy.set(id, entry);
  };
  for (const e of knowledge.entities) define(e.id, `entity "${e.id}"`);
  for (const t of knowledge.topics) define(t.id, `topic "${t.id}"`);
  for (const m of knowledge.meetings) define(m.id, `meeting "${m.id}"`);

  const resolve = (id: string | undefined, entry: string) => {
    if (id !== undefined && !definedBy.has(id)) {
      throw new KnowledgeError(entry, `unknown id "${id}"`);
    }
  };
  resolve(knowledge.reportedBy, "reportedBy");
  for (const m of knowledge.meetings) {
    const entry = `meeting "${m.id}"`;
    for (const p of [...m.participants, m.heldIn, m.sidelinesOf]) resolve(p, entry);
  }
  for (const r of knowledge.relations) {
    const entry = `relation "${r.source} ${r.type} ${r.target}"`;
    resolve(r.source, entry);
    resolve(r.target, entry);
  }
  return knowledge;
}
