/**
 * Every web part offered in Teams has the two icons SharePoint looks for when the package is synced to Teams
 * (`teams/<componentId>_color.png` 192x192 and `_outline.png` 32x32); without them Teams shows a generic tile.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = process.cwd();

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  assert.deepEqual(Array.from(bytes.subarray(1, 4)), [0x50, 0x4e, 0x47], `${file} is a PNG`);
  // The IHDR chunk follows the 8-byte signature and its own 8-byte header: width then height, big-endian.
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('Teams icons', () => {
  const webParts = readdirSync(join(ROOT, 'src', 'webparts'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(ROOT, 'src', 'webparts', entry.name)).filter((f) => f.endsWith('.manifest.json')).map((f) => join(ROOT, 'src', 'webparts', entry.name, f)))
    .map((file) => {
      // Manifests are JSON with comments: read the three values needed, not the whole file.
      const text = readFileSync(file, 'utf8');
      const value = (key: string): string => /"([^"]+)"/.exec(text.slice(text.indexOf(`"${key}"`) + key.length + 2))?.[1] ?? '';
      const hosts = /"supportedHosts"\s*:\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
      return { id: value('id'), alias: value('alias'), supportedHosts: Array.from(hosts.matchAll(/"([^"]+)"/g), (m) => m[1]) };
    });

  it('finds the web parts', () => {
    assert.ok(webParts.length >= 5, `five web parts (found ${webParts.length})`);
  });

  for (const part of webParts.filter((p) => (p.supportedHosts ?? []).some((host) => host.startsWith('Teams')))) {
    it(`${part.alias} has its colour (192x192) and outline (32x32) icons`, () => {
      assert.deepEqual(pngSize(join(ROOT, 'teams', `${part.id}_color.png`)), [192, 192]);
      assert.deepEqual(pngSize(join(ROOT, 'teams', `${part.id}_outline.png`)), [32, 32]);
    });
  }
});
