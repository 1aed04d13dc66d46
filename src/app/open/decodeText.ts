import { FormatError } from "../../model/formats/FormatError";

/**
 * The text of a file's bytes, or the reason it has none: anything that is not UTF-8, or that holds
 * NUL bytes (images, PDFs, office files), is a binary file, refused before any parser sees it.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new FormatError("it is empty");
  if (bytes.subarray(0, 8192).includes(0)) throw new FormatError("it is a binary file, not text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FormatError("it is not text in UTF-8 (a binary file, or text in another encoding)");
  }
}
