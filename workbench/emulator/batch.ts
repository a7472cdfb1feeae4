/**
 * OData `$batch`, as PnPjs v4 sends it (see @pnp/sp/batching.js): `multipart/mixed; boundary=batch_<id>`, each part
 * `Content-Type: application/http` + `Content-Transfer-Encoding: binary` + an inner HTTP request with an absolute
 * URL, writes grouped in `changeset_<id>` multiparts, LF line endings. Parts run in order through the same router
 * with the outer request's identity; like SharePoint the batch is not transactional (a failing part does not undo
 * the others). The answer uses CRLF and a `batchresponse_<guid>` boundary with one flat part per inner request,
 * which is what PnPjs's parseResponse expects (it reads status line, `Name: value` headers, blank line, body).
 */
import { randomUUID } from 'node:crypto';
import { invalidQuery } from './errors';
import type { EmuRequest, EmuResponse } from './types';

/** An inner request before it is given identity and routed. */
export interface BatchPart {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 412: 'Precondition Failed', 413: 'Request Entity Too Large', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable'
};

/** Reads `boundary=...` (quoted or not) from a Content-Type value. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? match[1] ?? match[2] : undefined;
}

/** Splits a multipart body into part texts (LF-normalised) between `--boundary` lines. */
function splitParts(text: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join('\n'));
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

/** Splits `headers \n\n rest` and parses the header block. */
function headerBlock(text: string): { headers: Record<string, string>; rest: string } {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const headers: Record<string, string> = {};
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(i + 1).join('\n') };
}

/** Parses a $batch request body into its inner requests, flattening changesets. */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw invalidQuery('The $batch request must have a multipart/mixed Content-Type with a boundary.');
  const text = body.replace(/\r\n/g, '\n');
  const out: BatchPart[] = [];
  for (const part of splitParts(text, boundary)) {
    const { headers, rest } = headerBlock(part);
    const inner = boundaryOf(headers['content-type']);
    if ((headers['content-type'] ?? '').toLowerCase().startsWith('multipart/mixed') && inner) {
      out.push(...parseBatch(rest, `multipart/mixed; boundary=${inner}`));
      continue;
    }
    const lines = rest.split('\n');
    let i = 0;
    while (i < lines.length && lines[i].trim() === '') i++;
    const requestLine = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d\.\d)?\s*$/i.exec(lines[i] ?? '');
    if (!requestLine) throw invalidQuery(`The $batch part does not start with an HTTP request line: '${lines[i] ?? ''}'.`);
    const message = headerBlock(lines.slice(i + 1).join('\n'));
    out.push({ method: requestLine[1].toUpperCase(), url: requestLine[2], headers: message.headers, body: message.rest.replace(/\n+$/, '') });
  }
  return out;
}

/** Serialises inner responses as SharePoint does (CRLF, one flat `batchresponse_` part each). */
export function serializeBatch(responses: readonly EmuResponse[]): { boundary: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const lines: string[] = [];
  for (const r of responses) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Unknown'}`);
    for (const [name, value] of Object.entries(r.headers)) lines.push(`${name.toUpperCase()}: ${value}`);
    lines.push('', r.body);
  }
  lines.push(`--${boundary}--`, '');
  return { boundary, body: lines.join('\r\n') };
}

/** Runs a $batch: parses, executes each part in order through `run`, and answers multipart/mixed. */
export function handleBatch(req: EmuRequest, run: (inner: EmuRequest) => EmuResponse): EmuResponse {
  const parts = parseBatch(req.body, req.headers['content-type']);
  const responses = parts.map((part) => {
    let url: URL;
    try {
      url = new URL(part.url, req.url);
    } catch {
      throw invalidQuery(`The $batch part URL '${part.url}' is not valid.`);
    }
    const headers: Record<string, string> = { accept: 'application/json', ...part.headers };
    // Method overrides inside a part (X-HTTP-Method) are honoured by the router as for top-level requests.
    return run({ method: part.method, url, headers, body: part.body, user: req.user, inBatch: true });
  });
  const { boundary, body } = serializeBatch(responses);
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body };
}
