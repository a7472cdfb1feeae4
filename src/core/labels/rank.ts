import type { CatalogueLabel, LabelMapping } from './types';

/** The GovernanceSettings key holding a {@link LabelMapping} as JSON. */
export const LABEL_MAPPING_SETTING = 'purviewLabelMapping';

/** What ranks a label: the declared taxonomy (lowest first), the tenant's mapping, and the catalogue if known. */
export interface RankContext {
  readonly taxonomy: readonly string[];
  readonly mapping?: LabelMapping;
  readonly catalogue?: readonly CatalogueLabel[];
}

/** Reads the mapping setting's JSON; anything malformed is ignored entry by entry (settings must never break a page). */
export function parseLabelMapping(json: string | undefined): LabelMapping {
  if (json === undefined || json.trim() === '') return {};
  try {
    const value = JSON.parse(json) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const mapping: Record<string, string> = {};
    for (const [key, level] of Object.entries(value as Record<string, unknown>)) {
      if (typeof level === 'string' && key.trim() !== '') mapping[key.trim().toLowerCase()] = level;
    }
    return mapping;
  } catch {
    return {};
  }
}

function levelIndex(taxonomy: readonly string[], level: string | undefined): number | undefined {
  if (level === undefined) return undefined;
  const wanted = level.trim().toLowerCase();
  const index = taxonomy.findIndex((name) => name.toLowerCase() === wanted);
  return index >= 0 ? index : undefined;
}

function mapped(mapping: LabelMapping | undefined, taxonomy: readonly string[], key: string | undefined): number | undefined {
  if (mapping === undefined || key === undefined) return undefined;
  const lower = key.trim().toLowerCase();
  const level = mapping[lower] ?? Object.entries(mapping).find(([k]) => k.toLowerCase() === lower)?.[1];
  return levelIndex(taxonomy, level);
}

/**
 * A label's rank in the declared taxonomy, by the first rule that applies:
 * 1. the settings mapping, by the label's id or name, then by its parent's;
 * 2. a taxonomy level of the same name as the label (or its parent, for sub-labels);
 * 3. the catalogue's priority order: top-level labels sorted by priority are spread evenly over the taxonomy
 *    (four labels on four levels map one to one); a sub-label ranks with its parent.
 * `name` lets a cached record (no catalogue at hand) rank by its stored label name, "Parent / Child" included.
 * Returns undefined when nothing applies: the label is then "not checkable" (unmapped), never guessed.
 */
export function labelRank(label: { readonly id?: string; readonly name?: string }, context: RankContext): number | undefined {
  const { taxonomy, mapping, catalogue } = context;
  const entry = label.id !== undefined ? catalogue?.find((l) => l.id === label.id) : undefined;
  const parent = entry?.parentId !== undefined ? catalogue?.find((l) => l.id === entry.parentId) : undefined;
  const path = (label.name ?? '').split(' / ').map((s) => s.trim()).filter((s) => s !== '');
  const names = [entry?.name, label.name, ...path.slice(0, -1)].filter((n): n is string => n !== undefined && n !== '');
  const parentNames = [parent?.name, path.length > 1 ? path[0] : undefined].filter((n): n is string => n !== undefined);

  for (const key of [label.id, ...names, parent?.id, ...parentNames]) {
    const rank = mapped(mapping, taxonomy, key);
    if (rank !== undefined) return rank;
  }
  for (const name of [...names, ...parentNames]) {
    const rank = levelIndex(taxonomy, name);
    if (rank !== undefined) return rank;
  }
  const top = parent ?? entry;
  if (catalogue === undefined || top === undefined || taxonomy.length === 0) return undefined;
  const tops = catalogue.filter((l) => l.parentId === undefined).slice().sort((a, b) => a.priority - b.priority);
  const position = tops.findIndex((l) => l.id === top.id);
  if (position < 0) return undefined;
  if (tops.length === 1) return taxonomy.length - 1;
  return Math.round((position * (taxonomy.length - 1)) / (tops.length - 1));
}

/** "Parent / Child" for sub-labels (how the record stores and shows a label), the name alone otherwise. */
export function labelDisplayName(label: CatalogueLabel, catalogue: readonly CatalogueLabel[]): string {
  const parent = label.parentId !== undefined ? catalogue.find((l) => l.id === label.parentId) : undefined;
  return parent !== undefined ? `${parent.name} / ${label.name}` : label.name;
}

/**
 * The level every catalogue label maps to under `context` (settings, names, priorities), keyed by label id and by
 * "Parent / Child" name. Saved as the `purviewLabelMapping` setting, it lets the scorecard rank cached labels
 * exactly as the check did, without reading the catalogue.
 */
export function effectiveLabelMapping(context: RankContext & { readonly catalogue: readonly CatalogueLabel[] }): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const label of context.catalogue) {
    const rank = labelRank({ id: label.id }, context);
    if (rank === undefined) continue;
    mapping[label.id] = context.taxonomy[rank];
    mapping[labelDisplayName(label, context.catalogue).toLowerCase()] = context.taxonomy[rank];
  }
  return mapping;
}
