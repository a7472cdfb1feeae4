/**
 * "Assess once, see the posture on another framework": which controls a body of evidence covers.
 *
 * The rule: a piece of evidence satisfies the control it was recorded for and every control reachable from it
 * through `equivalent` mappings, transitively (equivalence is an equivalence: if A = B and B = C, evidence for A
 * stands for C). A `partial` mapping from a satisfied control covers its other end in part, one step only (a part of a
 * part proves nothing). `related` mappings never carry coverage. Mappings are read in both directions.
 */
import { CLASSIFICATION_CONTROL_ID, DOCUMENTED_ASSESSMENT_OBLIGATION } from './euAiAct';
import type { Crosswalk } from './seed';
import { FRAMEWORK_IDS, controlKey, type ControlKey, type ControlMapping, type EvidenceKind, type FrameworkControl, type FrameworkId, type MappingStrength } from './types';

/** A piece of evidence as coverage reads it. */
export interface EvidenceRecord {
  /** The ControlEvidence item's id; absent for evidence the suite derives (a verified classification). */
  readonly id?: number;
  readonly controlKey: ControlKey;
  /** The AI system it was recorded for; absent: organisation-wide (counts for every system). */
  readonly systemId?: number;
  readonly kind: EvidenceKind;
  readonly title: string;
  /** http(s) link (validated on the way in). */
  readonly link?: string;
  /** Assessment item or verification reference. */
  readonly reference?: string;
  /** Who recorded it (SharePoint's Author) and when. */
  readonly author?: string;
  readonly created?: string;
}

/** How a piece of evidence reaches a control: recorded for it, through equivalent mappings, or one partial step. */
export type CoverageRoute = 'direct' | 'equivalent' | 'partial';

/** A piece of evidence that covers a control, and how. */
export interface CoveringEvidence {
  readonly evidence: EvidenceRecord;
  readonly route: CoverageRoute;
  /** The control the evidence was recorded for, when it is not this one. */
  readonly via?: ControlKey;
}

export type ControlStatus = 'covered' | 'partial' | 'none';

/** One control's coverage. */
export interface ControlCoverage {
  readonly key: ControlKey;
  readonly control: FrameworkControl;
  readonly status: ControlStatus;
  readonly evidence: readonly CoveringEvidence[];
}

/** One framework's coverage: covered when every applicable control is, partially when some are, else not covered. */
export interface FrameworkCoverage {
  readonly framework: FrameworkId;
  readonly status: ControlStatus;
  /** Applicable controls. */
  readonly total: number;
  readonly covered: number;
  readonly partial: number;
  /** Every applicable control, in crosswalk order. */
  readonly controls: readonly ControlCoverage[];
  /** The applicable controls not fully covered (partially covered ones included, marked by their status). */
  readonly gaps: readonly ControlCoverage[];
}

type Neighbours = ReadonlyMap<ControlKey, readonly { readonly key: ControlKey; readonly strength: MappingStrength }[]>;

/** Each control's mapped controls, both directions. */
export function neighbours(mappings: readonly ControlMapping[]): Neighbours {
  const out = new Map<ControlKey, { key: ControlKey; strength: MappingStrength }[]>();
  const add = (from: ControlKey, to: ControlKey, strength: MappingStrength): void => {
    const list = out.get(from);
    if (list) list.push({ key: to, strength });
    else out.set(from, [{ key: to, strength }]);
  };
  for (const mapping of mappings) {
    if (mapping.from === mapping.to) continue;
    add(mapping.from, mapping.to, mapping.strength);
    add(mapping.to, mapping.from, mapping.strength);
  }
  return out;
}

/** The controls equivalent to `start`, transitively, `start` included. */
export function equivalenceClass(start: ControlKey, graph: Neighbours): ControlKey[] {
  const seen = new Set<ControlKey>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const key = queue.shift() as ControlKey;
    for (const next of graph.get(key) ?? []) {
      if (next.strength === 'equivalent' && !seen.has(next.key)) {
        seen.add(next.key);
        queue.push(next.key);
      }
    }
  }
  return [...seen];
}

/** Which controls of the crosswalk count (default: all). */
export type Applicability = (control: FrameworkControl) => boolean;

/** Coverage of every framework by `evidence` (already narrowed to what counts: see `evidenceForSystem`). */
export function coverage(crosswalk: Crosswalk, evidence: readonly EvidenceRecord[], applicable: Applicability = () => true): FrameworkCoverage[] {
  const graph = neighbours(crosswalk.mappings);
  const full = new Map<ControlKey, CoveringEvidence[]>();
  const part = new Map<ControlKey, CoveringEvidence[]>();
  const push = (map: Map<ControlKey, CoveringEvidence[]>, key: ControlKey, entry: CoveringEvidence): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const item of evidence) {
    const equivalents = equivalenceClass(item.controlKey, graph);
    for (const key of equivalents) {
      push(full, key, key === item.controlKey ? { evidence: item, route: 'direct' } : { evidence: item, route: 'equivalent', via: item.controlKey });
    }
    const partials = new Set<ControlKey>();
    for (const key of equivalents) {
      for (const next of graph.get(key) ?? []) {
        if (next.strength === 'partial' && !equivalents.includes(next.key)) partials.add(next.key);
      }
    }
    for (const key of partials) push(part, key, { evidence: item, route: 'partial', via: item.controlKey });
  }
  return FRAMEWORK_IDS.map((framework) => {
    const controls = crosswalk.controls.filter((c) => c.framework === framework && applicable(c)).map((control): ControlCoverage => {
      const key = controlKey(control);
      const covering = full.get(key);
      if (covering) return { key, control, status: 'covered', evidence: covering };
      const partly = part.get(key);
      return partly ? { key, control, status: 'partial', evidence: partly } : { key, control, status: 'none', evidence: [] };
    });
    const covered = controls.filter((c) => c.status === 'covered').length;
    const partial = controls.filter((c) => c.status === 'partial').length;
    const status: ControlStatus = controls.length > 0 && covered === controls.length ? 'covered' : covered + partial > 0 ? 'partial' : 'none';
    return { framework, status, total: controls.length, covered, partial, controls, gaps: controls.filter((c) => c.status !== 'covered') };
  });
}

/** The evidence that counts for an AI system: recorded for it, or organisation-wide. */
export function evidenceForSystem(evidence: readonly EvidenceRecord[], systemId: number): EvidenceRecord[] {
  return evidence.filter((item) => item.systemId === undefined || item.systemId === systemId);
}

/** What coverage needs to know of a system's classification. */
export interface SystemClassificationFacts {
  readonly systemId: number;
  /** Obligation ids the stored classification lists; undefined when the system is not classified. */
  readonly obligations?: readonly string[];
  /** True when a lead's verification of the current answers counts (DESIGN sections 5 and 6). */
  readonly verified: boolean;
  /** The verifying lead and date, shown as the evidence's reference. */
  readonly verifiedBy?: string;
  readonly verifiedOn?: string;
}

/**
 * The evidence a verified classification is, automatically: the classification control (Art. 6) and, when the Art.
 * 6(3) derogation applied, the documented assessment of Art. 6(4), which the verified classification records. It is
 * not evidence that the obligations the classification lists are met: those need their own evidence.
 */
export function classificationEvidence(facts: SystemClassificationFacts, title: string): EvidenceRecord[] {
  if (!facts.verified || facts.obligations === undefined) return [];
  const reference = [facts.verifiedBy, facts.verifiedOn].filter((v) => v !== undefined && v !== '').join(', ');
  const base = { systemId: facts.systemId, kind: 'Verification' as const, title, reference: reference || undefined, author: facts.verifiedBy, created: facts.verifiedOn };
  const out: EvidenceRecord[] = [{ ...base, controlKey: `euAiAct:${CLASSIFICATION_CONTROL_ID}` }];
  if (facts.obligations.includes(DOCUMENTED_ASSESSMENT_OBLIGATION)) out.push({ ...base, controlKey: 'euAiAct:Art. 6(4)' });
  return out;
}

/**
 * Which controls apply to a system: for the EU AI Act, the classification control and the articles carrying an
 * obligation its classification lists (every article while it is unclassified); every control of the other
 * frameworks, which do not tier by risk.
 */
export function applicableToSystem(obligations: readonly string[] | undefined): Applicability {
  return (control) => {
    if (control.framework !== 'euAiAct' || obligations === undefined) return true;
    if (control.id === CLASSIFICATION_CONTROL_ID) return true;
    return (control.obligations ?? []).some((o) => obligations.includes(o));
  };
}
