/** Letters that Unicode does not decompose into a base letter plus marks. */
const SPECIAL: Record<string, string> = {
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
};

/**
 * How people type names: without accents and in any case. "Niinistö" → "niinisto", "Petőfi" →
 * "petofi", "Nataša" → "natasa". Used on both what is indexed and what is typed.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øłđðþßæœı]/g, (c) => SPECIAL[c] ?? c);
}
