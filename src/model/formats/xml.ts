import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FormatError } from "./FormatError";

// Characters XML 1.0 cannot hold at all, even escaped: a label carrying one would make the file unreadable.
const NOT_XML =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML content or an attribute value: escaped, line breaks kept (attributes would fold them). */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

export const DOCTYPE_REFUSED =
  "it declares a DOCTYPE or entities, which can expand without end (“billion laughs”); XML with a DOCTYPE is not opened";

export type XmlElement = Record<string, unknown>;

/**
 * Parses an untrusted XML document into plain objects. A DOCTYPE is refused outright: it is where
 * entities are declared, and nested entities expand a small file into gigabytes ("billion
 * laughs"); no graph format needs one. Nothing in the document is ever run or fetched.
 */
export function parseXml(text: string, lists: readonly string[]): XmlElement {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new FormatError(DOCTYPE_REFUSED);
  }
  // fast-xml-parser's parser is lenient; its validator (deprecated in favour of a separate package,
  // fast-xml-validator) still works and says where a document is broken.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new FormatError(`it is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Entities are decoded below, in one pass, so "&amp;#10;" stays the text "&#10;".
    processEntities: false,
    htmlEntities: false,
    // Attributes are never lists, even when one is called like an element (GraphML's `key`).
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && lists.includes(name),
  });
  return decodeAll(parser.parse(text)) as XmlElement;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else is left as written. */
function decode(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (!name.startsWith("#")) return PREDEFINED[name] ?? whole;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function decodeAll(value: unknown): unknown {
  if (typeof value === "string") return value.includes("&") ? decode(value) : value;
  if (Array.isArray(value)) return value.map(decodeAll);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeAll(v)]));
  }
  return value;
}

/** An element's child elements of one name, whatever the parser made of one or many. */
export function children(element: unknown, name: string): XmlElement[] {
  if (typeof element !== "object" || element === null) return [];
  const value = (element as XmlElement)[name];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is XmlElement => typeof v === "object" && v !== null);
}

/** An attribute's value, or the element's text, as a string. */
export function attr(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

export function textOf(element: XmlElement | string | undefined): string {
  if (typeof element === "string") return element;
  const text = element?.["#text"];
  return typeof text === "string" ? text : "";
}
