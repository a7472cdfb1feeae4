/**
 * Graph's encoding of a URL for `/shares/{shareIdOrEncodedSharingUrl}`: `u!` + the URL in unpadded base64url
 * (`/` -> `_`, `+` -> `-`). Any SharePoint or OneDrive URL the caller can open resolves to its drive item this way.
 */
export function encodeSharingUrl(url: string): string {
  const bytes = new TextEncoder().encode(url);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `u!${btoa(binary).replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-')}`;
}

/** The reverse, for the emulator and tests; undefined when the id is not an encoded URL. */
export function decodeSharingUrl(shareId: string): string | undefined {
  if (!shareId.startsWith('u!')) return undefined;
  try {
    const base64 = shareId.slice(2).replace(/_/g, '/').replace(/-/g, '+');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
