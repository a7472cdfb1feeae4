/** Deterministic ids and choices from text (FNV-1a), so the Graph world is the same on every start. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A value in [0, 100) for a weighted choice. */
export function percentOf(text: string): number {
  return hash32(text) % 100;
}

/** A GUID-shaped id derived from text. */
export function guidFrom(text: string): string {
  const hex = [hash32(`a${text}`), hash32(`b${text}`), hash32(`c${text}`), hash32(`d${text}`)].map((n) => n.toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
