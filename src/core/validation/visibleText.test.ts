import { hasHiddenCharacters, hiddenKind, revealHiddenCharacters, splitHiddenCharacters } from './visibleText';

describe('hidden characters in short text (issue 23)', () => {
  it('finds every bidirectional control the issue names', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    expect(controls.map(hiddenKind)).toEqual(controls.map(() => 'bidi'));
  });

  it('finds every zero-width character the issue names', () => {
    const zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
    expect(zeroWidth.map(hiddenKind)).toEqual(zeroWidth.map(() => 'zeroWidth'));
  });

  it('leaves ordinary text, accents, right-to-left letters and emoji alone', () => {
    for (const text of ['Beneficiary registry', 'Recensement Côte d\'Ivoire', 'سجل المستفيدين', 'Données 📊', '\u2028', '']) {
      expect(hasHiddenCharacters(text)).toBe(false);
      expect(revealHiddenCharacters(text)).toBe(text);
    }
    expect(splitHiddenCharacters('Données 📊')).toEqual([{ kind: 'text', text: 'Données 📊' }]);
    expect(splitHiddenCharacters('')).toEqual([]);
  });

  it('splits a right-to-left override out of a title that would read "exe.png"', () => {
    expect(splitHiddenCharacters('report\u202Egnp.exe')).toEqual([
      { kind: 'text', text: 'report' },
      { kind: 'hidden', character: '\u202E', codePoint: 'U+202E', hidden: 'bidi' },
      { kind: 'text', text: 'gnp.exe' }
    ]);
    expect(revealHiddenCharacters('report\u202Egnp.exe')).toBe('report⟪U+202E⟫gnp.exe');
  });

  it('keeps adjacent and leading hidden characters apart, with four-digit code points', () => {
    expect(splitHiddenCharacters('\uFEFF\u200Bx\u061C').map((p) => (p.kind === 'text' ? p.text : p.codePoint))).toEqual(['U+FEFF', 'U+200B', 'x', 'U+061C']);
    expect(revealHiddenCharacters('Pay\u200Broll')).toBe('Pay⟪U+200B⟫roll');
  });
});
