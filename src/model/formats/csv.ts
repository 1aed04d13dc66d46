/**
 * RFC 4180: fields with a comma, a quote or a line break are quoted, quotes doubled, records end in
 * CRLF. A UTF-8 byte-order mark goes first when a spreadsheet is to read it, or Excel takes the file
 * for its local code page and "Tokayev–Novák" loses its accents.
 */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
  bom = true,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  return `${bom ? "\ufeff" : ""}${lines.join("\r\n")}\r\n`;
}

/** Reads RFC 4180 back (for tests and for checking what was written): rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\ufeff/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
