/**
 * What the fragment (after `#`, so it never reaches a server) says was opened: an entry kept in
 * this browser (`#recent=<id>`), or an article carried in the link itself (`#article=<data>`,
 * compressed). The query string stays the view's (`?node=…`), as everywhere else.
 */
export type OpenedRef = { type: "recent"; id: string } | { type: "article"; data: string };

export function readOpenedRef(hash: string): OpenedRef | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const id = params.get("recent");
  if (id && /^[a-z0-9-]{1,40}$/.test(id)) return { type: "recent", id };
  const data = params.get("article");
  if (data && /^[A-Za-z0-9_-]+$/.test(data)) return { type: "article", data };
  return null;
}

export function printOpenedRef(ref: OpenedRef): string {
  return ref.type === "recent" ? `#recent=${ref.id}` : `#article=${ref.data}`;
}
