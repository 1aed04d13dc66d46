/**
 * An article carried in a link: its name and text as JSON, deflated (the browser's own
 * CompressionStream, so nothing is added to the first load) and written in base64url, a little over
 * half the text's length; an article of up to LINK_ARTICLE_MAX characters always travels.
 */
export const LINK_ARTICLE_MAX = 32_768;

export interface LinkedArticle {
  name: string;
  text: string;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

export async function packArticle(article: LinkedArticle): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(article));
  return toBase64Url(await through(json, new CompressionStream("deflate-raw")));
}

/** The article a link carries, or null when the data is damaged (cut short when copied, say). */
export async function unpackArticle(data: string): Promise<LinkedArticle | null> {
  try {
    const bytes = await through(fromBase64Url(data), new DecompressionStream("deflate-raw"));
    const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { name, text } = value as Record<string, unknown>;
    return typeof name === "string" &&
      typeof text === "string" &&
      text.length <= LINK_ARTICLE_MAX * 4
      ? { name, text }
      : null;
  } catch {
    return null;
  }
}
