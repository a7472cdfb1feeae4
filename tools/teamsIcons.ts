/**
 * Draws the Teams app icons SPFx packages from teams/ (`<componentId>_color.png` 192x192 and
 * `<componentId>_outline.png` 32x32, the names SharePoint looks for when it syncs a web part to Teams). Pure Node:
 * a check mark in a rounded square, rasterised with 4x4 supersampling and written as PNG through zlib.
 *
 *   npm run build:node && node .build/node/tools/teamsIcons.js <componentId> [#rrggbb]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png';

/** Coverage of a shape at a point of the unit square (0..1 both ways). */
type Shape = (x: number, y: number) => boolean;

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
  return encodePng(192, (x, y) => {
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
  return encodePng(32, (x, y) => [255, 255, 255, Math.round(255 * coverage(shape, 32, x, y))]);
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
