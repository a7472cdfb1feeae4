/** Graph's call and answer shapes and its error body, shared by the emulator's route modules. */
import { guidFrom } from './hash';

export interface GraphCall {
  readonly method: string;
  /** Path after `/v1.0`, starting with `/`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface GraphAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** JSON value, or raw bytes (photos). */
  readonly body?: unknown;
}

export const json = (body: unknown, status = 200): GraphAnswer => ({ status, headers: { 'Content-Type': 'application/json' }, body });

/** Graph's error body. */
export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): GraphAnswer {
  return {
    status, headers: { 'Content-Type': 'application/json', ...headers },
    body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': guidFrom(`${Date.now()}${Math.random()}`) } } }
  };
}

