/**
 * Draws the Teams app icons SPFx packages from teams/ (`<componentId>_color.png` 192x192 and
 * `<componentId>_outline.png` 32x32, the names SharePoint looks for when it syncs a web part to Teams). Pure Node:
 * a check mark in a rounded square, rasterised with 4x4 supersampling and written as PNG through zlib.
 *
 *   npm run build:node && node .build/node/tools/teamsIcons.js <componentId> [#rrggbb]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
/** Coverage of a shape at a point of the unit square (0..1 both ways). */
type Shape = (x: number, y: number) => boolean;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG (colour type 6, 8 bits) of `size` x `size` from a pixel function. */
function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const offset = y * (size * 4 + 1);
    rows[offset] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      rows.set([r, g, b, a], offset + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Share of a pixel's 4x4 samples inside `shape`. */
function coverage(shape: Shape, size: number, x: number, y: number): number {
  let inside = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (shape((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) inside++;
  return inside / 16;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A check mark of stroke width `width` (unit square). */
function check(width: number): Shape {
  return (x, y) => Math.min(distanceToSegment(x, y, 0.28, 0.52, 0.44, 0.68), distanceToSegment(x, y, 0.44, 0.68, 0.74, 0.34)) <= width / 2;
}

function roundedSquare(inset: number, radius: number): Shape {
  return (x, y) => {
    const cx = Math.min(Math.max(x, inset + radius), 1 - inset - radius);
    const cy = Math.min(Math.max(y, inset + radius), 1 - inset - radius);
    return Math.hypot(x - cx, y - cy) <= radius;
  };
}

function hex(color: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`Not a #rrggbb colour: ${color}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** Colour icon: a white check mark on a full-bleed coloured square (Teams adds its own rounding). */
export function colorIcon(accent: string): Buffer {
  const [r, g, b] = hex(accent);
  const mark = check(0.11);
  return png(192, (x, y) => {
    const c = coverage(mark, 192, x, y);
    return [Math.round(r + (255 - r) * c), Math.round(g + (255 - g) * c), Math.round(b + (255 - b) * c), 255];
  });
}

/** Outline icon: white on transparent, as Teams requires, an outlined rounded square around a check mark. */
export function outlineIcon(): Buffer {
  const outer = roundedSquare(0.06, 0.2);
  const inner = roundedSquare(0.06 + 2 / 32, 0.2 - 2 / 32);
  const mark = check(2.5 / 32);
  const shape: Shape = (x, y) => (outer(x, y) && !inner(x, y)) || mark(x, y);
  return png(32, (x, y) => [255, 255, 255, Math.round(255 * coverage(shape, 32, x, y))]);
}

if (require.main === module) {
  const [componentId, accent = '#4f52b2'] = process.argv.slice(2);
  if (!componentId || !/^[0-9a-f-]{36}$/i.test(componentId)) {
    console.error('usage: node .build/node/tools/teamsIcons.js <componentId> [#rrggbb]');
    process.exit(2);
  }
  const folder = join(process.cwd(), 'teams');
  writeFileSync(join(folder, `${componentId}_color.png`), colorIcon(accent));
  writeFileSync(join(folder, `${componentId}_outline.png`), outlineIcon());
  console.log(`wrote teams/${componentId}_color.png (192x192) and teams/${componentId}_outline.png (32x32)`);
}
