/**
 * Parses the single `<Field .../>` element that CreateFieldAsXml receives. A tiny purpose-built scanner rather
 * than a general XML parser: SharePoint's field schema uses attributes plus a handful of known children
 * (CHOICES/CHOICE, Default), and the emulator must stay free of runtime dependencies.
 */
import { badRequest } from './errors';

/** The parts of a Field element the emulator uses. */
export interface ParsedFieldXml {
  /** Attribute names as written (case preserved); look them up with {@link attr}. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly choices: string[];
  readonly defaultValue: string | null;
}

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity];
  });
}

/** Escapes text for an XML attribute or text node. */
export function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Case-insensitive attribute lookup (SharePoint accepts `Name` and `name`). */
export function attr(parsed: ParsedFieldXml, name: string): string | undefined {
  const key = Object.keys(parsed.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : parsed.attributes[key];
}

/** Parses `<Field a="b" ...>children</Field>` or the self-closing form; throws a 400 SpError when malformed. */
export function parseFieldXml(xml: string): ParsedFieldXml {
  const source = xml.trim();
  const open = /^<Field\b/i.exec(source);
  if (!open) throw badRequest('SchemaXml must contain a single <Field> element.');
  let pos = open[0].length;
  const attributes: Record<string, string> = {};
  // Attribute scan: name="value" or name='value' until '>' or '/>'.
  for (;;) {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
    if (source.startsWith('/>', pos)) return { attributes, choices: [], defaultValue: null };
    if (source[pos] === '>') { pos++; break; }
    const match = /^([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(pos));
    if (!match) throw badRequest(`Malformed field schema near: ${source.slice(pos, pos + 30)}`);
    attributes[match[1]] = decodeXmlEntities(match[3] ?? match[4] ?? '');
    pos += match[0].length;
  }
  const close = source.search(/<\/Field\s*>\s*$/i);
  if (close < 0) throw badRequest('The <Field> element is not closed.');
  const inner = source.slice(pos, close);
  const choices = [...inner.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decodeXmlEntities(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(inner);
  return { attributes, choices, defaultValue: def ? decodeXmlEntities(def[1]) : null };
}
