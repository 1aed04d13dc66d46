import { quote } from "../../model/text/quote";
import { GraphLoadError } from "./GraphLoadError";

/**
 * Sites other than this one that `?graph=` may read from. Empty: a link must not make the app fetch
 * from a site the reader never chose, and the Content-Security-Policy (`connect-src 'self'`) would
 * refuse it anyway. A host that wants to allow another site adds it here and to connect-src.
 */
export const ALLOWED_ORIGINS: readonly string[] = [];

/**
 * The URL of `?graph=<address>`, resolved against the page as a link would be; a GraphLoadError when
 * it is not an address this app reads from.
 */
export function resolveGraphAddress(
  address: string,
  base: string,
  allowed: readonly string[] = ALLOWED_ORIGINS,
): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new GraphLoadError("The graph address is not an address.", [
      `The link asks for ${quote(address, 120)}.`,
    ]);
  }
  const here = new URL(base).origin;
  const web = url.protocol === "http:" || url.protocol === "https:";
  if (!web || (url.origin !== here && !allowed.includes(url.origin))) {
    throw new GraphLoadError("This graph is on another site, which this app does not read from.", [
      `The link asks for ${quote(address, 120)}; graphs are read from this site (${here}) only.`,
    ]);
  }
  return url;
}
