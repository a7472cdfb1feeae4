/**
 * What a SharePoint page downloads for the suite's web parts (issue 20), from the production build in `dist/`: the
 * suite's one bundle (libraries, services, web part classes) loads once per page; each web part then loads its
 * container chunk and the chunks webpack split out for it. Sizes are gzip -9; SharePoint's own framework packages
 * (React, SPFx) are not in `dist/` and are not counted; the en-US string files of every web part are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The web parts' container chunks (webpackChunkName in each *WebPart.ts) and their display names. */
const CONTAINERS: readonly (readonly [string, string])[] = [
  ['data-inventory', 'Data Inventory'],
  ['ai-registry', 'AI Registry'],
  ['risk-register', 'Risk Register'],
  ['health-scorecard', 'Health Scorecard'],
  ['ownership-approvals', 'Ownership Approvals'],
  ['access-reviews', 'Access Reviews'],
  ['governance-roles', 'Governance Roles'],
  ['privacy-register', 'Privacy Register']
];

/** Sum of the five web parts' entry chunks before the shared bundle, as measured when issue 20 was filed. */
const BEFORE_TOTAL_KB = 923;

/** The five web parts that existed when issue 20 was filed: its "page with all five web parts" target. */
const FIRST_FIVE = CONTAINERS.slice(0, 5).map(([chunk]) => chunk);

export interface BundleFigures {
  readonly sharedKb: number;
  /** Per web part: its whole chunk group (what it loads alone on a page) and the part no other web part uses. */
  readonly perWebPart: readonly { readonly name: string; readonly ownKb: number; readonly onlyItsOwnKb: number }[];
  /** Chunks (Fluent UI components, shared UI) that two or more web parts load: once per page whoever comes first. */
  readonly sharedChunksKb: number;
  /** Every web part of the suite on one page. */
  readonly pageKb: number;
  /** The five web parts on one page, comparable with BEFORE_TOTAL_KB. */
  readonly firstFivePageKb: number;
}

const gzKb = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Reads the figures from `dist`; undefined when the production bundle is not there. */
export function measureBundles(dist: string): BundleFigures | undefined {
  if (!existsSync(dist)) return undefined;
  const files = readdirSync(dist);
  const entry = files.find((f) => /^governance-suite-web-parts_[0-9a-f]+\.js$/.test(f));
  if (entry === undefined) return undefined;
  const code = readFileSync(join(dist, entry), 'utf8');
  // webpack's chunk file names: "chunk." + ({id:"name",...}[id] || id) + "_" + hash.
  const names = /"chunk\."\+\(\{([^}]*)\}/.exec(code);
  const idOf = new Map<string, number>();
  for (const pair of names?.[1].split(',') ?? []) {
    const [id, name] = pair.split(':');
    idOf.set(name.replace(/"/g, ''), Number(id));
  }
  const chunkFile = (id: number): string | undefined => {
    const name = [...idOf].find(([, value]) => value === id)?.[0] ?? String(id);
    return files.find((f) => f.startsWith(`chunk.${name}_`) && f.endsWith('.js'));
  };
  // en-US string files, once per content hash (two resource names may point at one file).
  const byHash = new Map<string, string>();
  for (const f of files) {
    const hash = /-en-us_([0-9a-f]+)\.js$|_en-us_([0-9a-f]+)\.js$/.exec(f);
    if (hash !== null) byHash.set(hash[1] ?? hash[2], f);
  }
  const strings = [...byHash.values()];
  const sharedKb = gzKb(join(dist, entry)) + strings.reduce((sum, f) => sum + gzKb(join(dist, f)), 0);
  const loaded = new Set<number>();
  const loadedByFirstFive = new Set<number>();
  const groups = [...code.matchAll(/Promise\.all\(\[([^\]]*)\]\)/g)].map((m) => [...m[1].matchAll(/\.e\((\d+)\)/g)].map((e) => Number(e[1])));
  const kbOf = (ids: Iterable<number>): number => [...ids].reduce((sum, i) => {
    const file = chunkFile(i);
    return sum + (file === undefined ? 0 : gzKb(join(dist, file)));
  }, 0);
  // The lazy import loads its chunk group at once: Promise.all([x.e(a), x.e(b), ..., x.e(id)]).
  const groupOf = new Map(CONTAINERS.map(([chunk]) => {
    const id = idOf.get(chunk);
    return [chunk, id === undefined ? [] : groups.find((g) => g.length > 0 && g[g.length - 1] === id) ?? [id]];
  }));
  const users = new Map<number, number>();
  for (const ids of groupOf.values()) ids.forEach((i) => users.set(i, (users.get(i) ?? 0) + 1));
  const perWebPart = CONTAINERS.map(([chunk, name]) => {
    const ids = groupOf.get(chunk) ?? [];
    ids.forEach((i) => loaded.add(i));
    if (FIRST_FIVE.includes(chunk)) ids.forEach((i) => loadedByFirstFive.add(i));
    return { name, ownKb: kbOf(ids), onlyItsOwnKb: kbOf(ids.filter((i) => users.get(i) === 1)) };
  });
  const sharedChunksKb = kbOf([...users].filter(([, count]) => count > 1).map(([i]) => i));
  const pageOf = (ids: Set<number>): number => sharedKb + kbOf(ids);
  return { sharedKb, perWebPart, sharedChunksKb, pageKb: pageOf(loaded), firstFivePageKb: pageOf(loadedByFirstFive) };
}

export function benchBundles(dist: string, row: (name: string, value: string) => void): void {
  const figures = measureBundles(dist);
  if (figures === undefined) {
    row('SPFx bundles', 'not built: run npm run build first');
    return;
  }
  row('SPFx shared bundle (libraries, services) + en-US strings', `${figures.sharedKb.toFixed(1)} KB gzip, once per page (target <= 200)`);
  row('SPFx chunks two or more web parts share (Fluent UI components)', `${figures.sharedChunksKb.toFixed(1)} KB gzip, each once per page; with the bundle ${(figures.sharedKb + figures.sharedChunksKb).toFixed(1)} KB`);
  for (const { name, ownKb, onlyItsOwnKb } of figures.perWebPart) {
    row(`SPFx ${name}: its own first-paint chunks`, `${ownKb.toFixed(1)} KB gzip alone on a page (target <= 60), of which ${onlyItsOwnKb.toFixed(1)} KB no other web part uses`);
  }
  const share = (kb: number): string => `${((100 * kb) / BEFORE_TOTAL_KB).toFixed(0)}%`;
  row('SPFx page with the five web parts of issue 20', `${figures.firstFivePageKb.toFixed(1)} KB gzip = ${share(figures.firstFivePageKb)} of the ${BEFORE_TOTAL_KB} KB their five entries cost before (target <= 45%)`);
  row(`SPFx page with all ${figures.perWebPart.length} web parts of the suite`, `${figures.pageKb.toFixed(1)} KB gzip = ${share(figures.pageKb)} of that ${BEFORE_TOTAL_KB} KB`);
}
