/**
 * Characters that change how text is displayed without being seen (issue 23, low item): Unicode bidirectional
 * controls, which can make a title read differently from what it stores (an override can reverse
 * "gnp.exe" into "exe.png"), and zero-width characters, which make two titles that look alike differ. Stored values
 * are never changed; the UI shows each such character as a visible marker instead of letting it act.
 */

/** What kind of hidden character a code point is. */
export type HiddenCharacterKind = 'bidi' | 'zeroWidth';

/**
 * Bidirectional controls: LRE, RLE, PDF, LRO, RLO (U+202A-U+202E), LRI, RLI, FSI, PDI (U+2066-U+2069), LRM, RLM
 * (U+200E, U+200F) and the Arabic letter mark (U+061C).
 */
const BIDI_CONTROLS: ReadonlySet<number> = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]);

/**
 * Zero-width characters: space, non-joiner, joiner (U+200B-U+200D), word joiner (U+2060) and the zero-width
 * no-break space / byte order mark (U+FEFF). The joiners are also legitimate inside some scripts and emoji; they are
 * still shown, because a title is short and a reader must be able to tell two look-alike titles apart.
 */
const ZERO_WIDTH: ReadonlySet<number> = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** A run of ordinary text, or one hidden character with its code point written `U+202E`. */
export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'hidden'; readonly character: string; readonly codePoint: string; readonly hidden: HiddenCharacterKind };

/** The kind of hidden character `character` is (one UTF-16 unit: every one of them is in the BMP), or undefined. */
export function hiddenKind(character: string): HiddenCharacterKind | undefined {
  if (character.length !== 1) return undefined;
  const code = character.charCodeAt(0);
  return BIDI_CONTROLS.has(code) ? 'bidi' : ZERO_WIDTH.has(code) ? 'zeroWidth' : undefined;
}

/** `U+202E` for a BMP character. */
function codePointOf(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Splits `text` into runs of ordinary text and single hidden characters, in order; '' gives no parts. */
export function splitHiddenCharacters(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let run = '';
  // Every hidden character is a single UTF-16 unit, so walking units never splits a surrogate pair wrongly.
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    const kind = hiddenKind(character);
    if (kind === undefined) {
      run += character;
    } else {
      if (run !== '') parts.push({ kind: 'text', text: run });
      run = '';
      parts.push({ kind: 'hidden', character, codePoint: codePointOf(character), hidden: kind });
    }
  }
  if (run !== '') parts.push({ kind: 'text', text: run });
  return parts;
}

/** True when `text` holds at least one bidirectional control or zero-width character. */
export function hasHiddenCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (hiddenKind(text[i]) !== undefined) return true;
  return false;
}

/**
 * The text with each hidden character replaced by `⟪U+202E⟫`, for places that only take a string (panel headers,
 * dialog titles, accessible names). Text without any is returned as it is.
 */
export function revealHiddenCharacters(text: string): string {
  if (!hasHiddenCharacters(text)) return text;
  return splitHiddenCharacters(text)
    .map((part) => (part.kind === 'text' ? part.text : `⟪${part.codePoint}⟫`))
    .join('');
}
