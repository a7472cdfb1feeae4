/**
 * The crosswalk as SharePoint items: FrameworkControls (one item per control, its outgoing mappings as a validated
 * JSON column, so the whole crosswalk is one list read) and ControlEvidence (add-only evidence items). The mapping
 * between items and the core's shapes lives here, in one place, with the rules a single item must meet.
 */
import type { FieldIssue } from '../errors';
import type { JsonText, LinkValue, LookupRef, Stored } from '../models/common';
import { fieldIssue, isEmptyValue } from '../validation/fieldRules';
import type { EvidenceRecord } from './coverage';
import type { Crosswalk } from './seed';
import { validateCrosswalk, type CrosswalkIssue, type UncheckedMapping } from './validate';
import {
  FRAMEWORK_NAMES, MAPPING_STRENGTHS, controlKey, frameworkIdOf, frameworkOfKey,
  type ControlKey, type ControlMapping, type EvidenceKind, type FrameworkControl, type MappingStrength
} from './types';

/** An item of the FrameworkControls list. */
export interface FrameworkControlRecord {
  /** The control's short title. */
  title: string;
  /** `framework:id`, unique; what evidence items name. */
  controlKey: string;
  /** The framework's name (`FRAMEWORK_NAMES`). */
  framework: string;
  /** The id as the public text numbers it. */
  controlId: string;
  controlGroup?: string;
  /** Position in the framework (the publication's order). */
  sortOrder?: number;
  /** EU AI Act: the obligation ids the article carries, separated by "; ". */
  obligations?: string;
  /** Outgoing mappings: `[{"to":"iso42001:A.6.2.8","strength":"equivalent"}]`. */
  mappings?: JsonText;
}

/** An item of the ControlEvidence list: one piece of evidence, never edited (a correction is a new item). */
export interface ControlEvidenceRecord {
  /** What the evidence is, in a few words. */
  title: string;
  controlKey: string;
  /** The AI system it is for; absent: organisation-wide. */
  system?: LookupRef;
  kind: EvidenceKind;
  /** http(s) only (the schema's URL rule). */
  evidenceLink?: LinkValue;
  /** Assessment item or verification reference. */
  reference?: string;
}

/** One stored mapping in a control's Mappings column. */
interface StoredMapping {
  to: string;
  strength: string;
}

/** Parses a Mappings column; undefined when it is not an array of `{ to, strength }` strings. */
export function parseMappings(text: string | undefined): StoredMapping[] | undefined {
  if (text === undefined || text.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const out: StoredMapping[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { to, strength } = entry as Record<string, unknown>;
    if (typeof to !== 'string' || typeof strength !== 'string') return undefined;
    out.push({ to, strength });
  }
  return out;
}

/** Serialises a control's outgoing mappings (stable order: as given). */
export function serializeMappings(mappings: readonly { readonly to: ControlKey; readonly strength: MappingStrength }[]): JsonText {
  return JSON.stringify(mappings.map((m) => ({ to: m.to, strength: m.strength })));
}

/** The items that store a crosswalk: each mapping on the control it starts from. */
export function toControlRecords(crosswalk: Crosswalk): FrameworkControlRecord[] {
  const order = new Map<string, number>();
  return crosswalk.controls.map((control) => {
    const key = controlKey(control);
    const position = (order.get(control.framework) ?? 0) + 1;
    order.set(control.framework, position);
    const outgoing = crosswalk.mappings.filter((m) => m.from === key);
    return {
      title: control.title,
      controlKey: key,
      framework: FRAMEWORK_NAMES[control.framework],
      controlId: control.id,
      controlGroup: control.group,
      sortOrder: position,
      obligations: control.obligations && control.obligations.length > 0 ? control.obligations.join('; ') : undefined,
      mappings: outgoing.length > 0 ? serializeMappings(outgoing) : undefined
    };
  });
}

/** The crosswalk the list holds, and what is wrong with it (unreadable mappings, unknown frameworks, missing targets). */
export interface ReadCrosswalk {
  /** The sound part: controls of known frameworks, mappings whose ends both exist and whose strength is known. */
  readonly crosswalk: Crosswalk;
  readonly issues: readonly CrosswalkIssue[];
}

/** Reads the items (sorted by framework and position) into a crosswalk, keeping only what validates. */
export function fromControlRecords(records: readonly FrameworkControlRecord[]): ReadCrosswalk {
  const issues: CrosswalkIssue[] = [];
  const unchecked = records.map((r) => ({ framework: frameworkIdOf(r.framework) ?? r.framework, id: r.controlId ?? '', record: r }));
  const mappings: UncheckedMapping[] = [];
  for (const { framework, id, record } of unchecked) {
    const from = `${framework}:${id}`;
    const parsed = parseMappings(record.mappings);
    if (parsed === undefined) {
      issues.push({ code: 'mappingsUnreadable', key: from, message: `${from}: the Mappings column is not a list of { to, strength }.` });
      continue;
    }
    for (const m of parsed) mappings.push({ from, to: m.to, strength: m.strength });
  }
  issues.push(...validateCrosswalk(unchecked, mappings));
  const seen = new Set<string>();
  const controls: FrameworkControl[] = [];
  const sorted = [...unchecked].sort((a, b) => frameworkRank(a.framework) - frameworkRank(b.framework) || (a.record.sortOrder ?? 0) - (b.record.sortOrder ?? 0));
  for (const { framework, id, record } of sorted) {
    const known = frameworkIdOf(framework);
    if (known === undefined || id.trim() === '') continue;
    const key = controlKey({ framework: known, id });
    if (seen.has(key)) continue;
    seen.add(key);
    const obligations = (record.obligations ?? '').split(';').map((o) => o.trim()).filter((o) => o !== '');
    controls.push({ framework: known, id, title: record.title, group: record.controlGroup ?? '', ...(known === 'euAiAct' ? { obligations } : {}) });
  }
  const pairs = new Set<string>();
  const sound: ControlMapping[] = [];
  for (const m of mappings) {
    if (!seen.has(m.from) || !seen.has(m.to) || m.from === m.to || !(MAPPING_STRENGTHS as readonly string[]).includes(m.strength)) continue;
    const pair = [m.from, m.to].sort().join('\n');
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    sound.push({ from: m.from, to: m.to, strength: m.strength as MappingStrength });
  }
  return { crosswalk: { controls, mappings: sound }, issues };
}

function frameworkRank(framework: string): number {
  const id = frameworkIdOf(framework);
  return id === undefined ? Number.MAX_SAFE_INTEGER : ['euAiAct', 'nistAiRmf', 'iso42001', 'oecd'].indexOf(id);
}

/** A stored evidence item as coverage reads it. */
export function toEvidenceRecord(item: Stored<ControlEvidenceRecord>): EvidenceRecord {
  return {
    id: item.id,
    controlKey: item.controlKey,
    systemId: item.system?.id,
    kind: item.kind,
    title: item.title,
    link: item.evidenceLink?.url,
    reference: item.reference,
    author: item.author?.title,
    created: item.created
  };
}

/**
 * FrameworkControls' rules across fields: the key is the framework's id and the control id; the Mappings column is
 * readable, with known strengths and targets in known frameworks. (That a target exists is checked over the whole
 * list, `validateCrosswalk`, as one item cannot know the others.)
 */
export function frameworkControlIssues(values: Readonly<Record<string, unknown>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { framework, controlId, controlKey: key, mappings } = values;
  if (typeof framework === 'string' && typeof controlId === 'string' && typeof key === 'string') {
    const id = frameworkIdOf(framework);
    if (id !== undefined && key !== `${id}:${controlId}`) {
      issues.push(fieldIssue('controlKey', 'frameworkControlKeyMismatch', `The control key must be "${id}:${controlId}".`, { expected: `${id}:${controlId}` }));
    }
  }
  if (typeof mappings === 'string' && !isEmptyValue(mappings)) {
    const parsed = parseMappings(mappings);
    if (parsed === undefined) {
      issues.push(fieldIssue('mappings', 'frameworkMappingsUnreadable', 'Mappings must be a JSON list of { "to": "framework:id", "strength": "equivalent" | "partial" | "related" }.'));
    } else {
      for (const m of parsed) {
        if (!(MAPPING_STRENGTHS as readonly string[]).includes(m.strength)) {
          issues.push(fieldIssue('mappings', 'frameworkMappingStrengthUnknown', `"${m.strength}" is not equivalent, partial or related.`, { value: m.strength }));
        }
        if (frameworkOfKey(m.to) === undefined) {
          issues.push(fieldIssue('mappings', 'frameworkMappingTargetUnknown', `${m.to} names no known framework.`, { value: m.to }));
        }
      }
    }
  }
  return issues;
}

/**
 * ControlEvidence's rules across fields: a link needs its link, an assessment item or verification its reference. A
 * cross-field rule does not see a value that failed its own check (an ftp:// link is reported as `invalidUrl`, not
 * also as missing), so "missing" means named and empty: `recordEvidence` always names both.
 */
export function controlEvidenceIssues(values: Readonly<Record<string, unknown>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const namedEmpty = (property: 'evidenceLink' | 'reference'): boolean => Object.prototype.hasOwnProperty.call(values, property) && isEmptyValue(values[property]);
  if (typeof values.controlKey === 'string' && frameworkOfKey(values.controlKey) === undefined) {
    issues.push(fieldIssue('controlKey', 'evidenceControlUnknown', `${values.controlKey} is not a control of the crosswalk.`, { value: values.controlKey }));
  }
  if (values.kind === 'Link' && namedEmpty('evidenceLink')) {
    issues.push(fieldIssue('evidenceLink', 'evidenceLinkRequired', 'Evidence of kind Link needs its web address (https://...).'));
  }
  if ((values.kind === 'Assessment item' || values.kind === 'Verification') && namedEmpty('reference')) {
    issues.push(fieldIssue('reference', 'evidenceReferenceRequired', 'Name the assessment item or verification this evidence refers to.'));
  }
  return issues;
}
