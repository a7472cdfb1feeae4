/**
 * JSON responses in the metadata flavour the client asked for. Handlers build minimal-metadata objects
 * (`odata.type`, `odata.id`, `odata.etag`, `odata.editLink`); this module strips them for `odata=nometadata` or
 * rewrites them into `{"d": ...}` with `__metadata` for `odata=verbose` (PnPjs still asks for verbose in a few calls).
 */
import type { SpError } from './errors';
import type { EmuResponse } from './types';

/** The three OData JSON flavours SharePoint serves. */
export type MetadataMode = 'minimal' | 'none' | 'verbose';

/** Reads the flavour from the Accept header; `application/json` alone means minimal metadata. */
export function metadataMode(accept: string | undefined): MetadataMode {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=nometadata')) return 'none';
  if (value.includes('odata=verbose')) return 'verbose';
  return 'minimal';
}

const CONTENT_TYPE: Readonly<Record<MetadataMode, string>> = {
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  none: 'application/json;odata=nometadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8'
};

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('odata.') && k !== 'odata.nextLink') continue;
    out[k] = strip(v);
  }
  return out;
}

function verbose(value: unknown): unknown {
  if (Array.isArray(value)) return { results: value.map(verbose) };
  if (value === null || typeof value !== 'object') return value;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof src['odata.type'] === 'string') {
    out.__metadata = { id: src['odata.id'], uri: src['odata.id'], etag: src['odata.etag'], type: src['odata.type'] };
  }
  for (const [k, v] of Object.entries(src)) {
    if (!k.startsWith('odata.')) out[k] = verbose(v);
  }
  return out;
}

/** Builds a JSON response; `body` is a minimal-metadata object or `{value: [...]}` collection. */
export function jsonResponse(status: number, body: unknown, mode: MetadataMode, headers: Record<string, string> = {}): EmuResponse {
  let shaped: unknown;
  if (mode === 'none') shaped = strip(body);
  else if (mode === 'verbose') {
    const src = body as Record<string, unknown>;
    shaped = Array.isArray(src.value)
      ? { d: { results: src.value.map(verbose), ...(src['odata.nextLink'] ? { __next: src['odata.nextLink'] } : {}) } }
      : { d: verbose(body) };
  } else shaped = body;
  return { status, headers: { 'Content-Type': CONTENT_TYPE[mode], ...headers }, body: JSON.stringify(shaped) };
}

/** A response without a body (204 after MERGE, 200 after DELETE). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers, body: '' };
}

/** SharePoint's error JSON (verbose clients get `{"error": ...}`, as SharePoint sends them). */
export function errorResponse(error: SpError, mode: MetadataMode): EmuResponse {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  const body = mode === 'verbose' ? { error: inner } : { 'odata.error': inner };
  return { status: error.status, headers: { 'Content-Type': CONTENT_TYPE[mode === 'verbose' ? 'verbose' : 'minimal'], ...error.headers }, body: JSON.stringify(body) };
}
