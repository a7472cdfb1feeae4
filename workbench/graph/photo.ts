import { encodePng } from '../../tools/png';
import { hash32 } from './hash';

/** A small PNG avatar (48x48) from the person's id: a colour field with a lighter disc, the same on every call. */
export function avatarPng(seed: string, size = 48): Buffer {
  const h = hash32(seed);
  const base = [60 + (h & 0x7f), 60 + ((h >>> 8) & 0x7f), 60 + ((h >>> 16) & 0x7f)];
  const light = base.map((c) => Math.min(255, c + 110));
  const centre = (size - 1) / 2;
  return encodePng(size, (x, y) => {
    const inside = (x - centre) ** 2 + (y - centre * 0.8) ** 2 < (size * 0.22) ** 2 || ((x - centre) ** 2 + (y - size) ** 2 < (size * 0.45) ** 2);
    const [r, g, b] = inside ? light : base;
    return [r, g, b, 255];
  });
}
