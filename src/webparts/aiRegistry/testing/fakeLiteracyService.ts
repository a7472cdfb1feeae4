import { GovernanceError } from '../../../core/errors';
import type { LiteracyAcknowledgement, LiteracyMeasure } from '../../../core/literacy/model';
import { coversSystem, literacyCoverage, measureState, type LiteracyUsageRow } from '../../../core/literacy/rules';
import { validateMeasure } from '../../../core/literacy/validation';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { RegisterRow } from '../services/IAIRegistryService';
import type { ILiteracyService, SystemLiteracy } from '../services/ILiteracyService';

/**
 * In-memory literacy records for React tests: the real coverage rules over stored measures, acknowledgements (authored
 * by `me`, as SharePoint would) and usage rows keyed by system id.
 */
export class FakeLiteracyService implements ILiteracyService {
  public measures: Stored<LiteracyMeasure>[] = [];
  public acknowledgements: Stored<LiteracyAcknowledgement>[] = [];
  public usage = new Map<number, LiteracyUsageRow[]>();
  public saves = 0;
  /** Set to make the next measure update fail with Conflict. */
  public conflictNext = false;
  private nextId = 100;

  public constructor(private readonly me: PersonRef, private readonly now: Date, private readonly knownSystems: readonly number[]) {}

  public addMeasure(values: Partial<LiteracyMeasure> & Pick<LiteracyMeasure, 'title' | 'audienceKind'>): Stored<LiteracyMeasure> {
    const stored = { id: this.nextId++, etag: '"1"', refreshMonths: 12, ...values } as Stored<LiteracyMeasure>;
    this.measures.push(stored);
    return stored;
  }

  public async coverage(rows: readonly RegisterRow[]): Promise<Map<number, SystemLiteracy>> {
    const out = new Map<number, SystemLiteracy>();
    for (const row of rows) {
      const id = row.system.id;
      const measures = this.measures.filter((m) => coversSystem(m, id));
      const ids = new Set(measures.map((m) => m.id));
      const acknowledgements = this.acknowledgements.filter((a) => ids.has(a.measure.id));
      const system = { id, classifiedOn: row.verification.state === 'Verified' ? row.verification.on : undefined };
      out.set(id, { coverage: literacyCoverage(system, measures, acknowledgements, this.usage.get(id) ?? [], this.now), measures, acknowledgements });
    }
    return out;
  }

  public async acknowledge(measureId: number, comment?: string): Promise<void> {
    const measure = this.measures.find((m) => m.id === measureId);
    if (!measure || !measureState(measure, this.now).current) {
      throw new GovernanceError('Validation', 'not current', { issues: [{ field: 'measure', code: 'measureNotCurrent', message: 'not current' }] });
    }
    this.acknowledgements.push({ id: this.nextId++, etag: '"1"', title: 'ack', measure: { id: measureId }, person: this.me, comment, author: this.me, created: this.now.toISOString() });
  }

  public async saveMeasure(draft: Partial<LiteracyMeasure>, existing?: { readonly id: number; readonly etag: string }): Promise<void> {
    const issues = validateMeasure(draft, { isKnownSystem: (id) => this.knownSystems.includes(id), now: this.now });
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    this.saves += 1;
    if (!existing) {
      this.addMeasure(draft as LiteracyMeasure);
      return;
    }
    const index = this.measures.findIndex((m) => m.id === existing.id);
    if (this.conflictNext || this.measures[index].etag !== existing.etag) {
      this.conflictNext = false;
      throw new GovernanceError('Conflict', 'changed', { status: 412 });
    }
    this.measures[index] = { ...this.measures[index], ...draft, etag: `"${Number(this.measures[index].etag.replace(/"/g, '')) + 1}"` };
  }

  public async getMeasure(id: number): Promise<Stored<LiteracyMeasure>> {
    const found = this.measures.find((m) => m.id === id);
    if (!found) throw new GovernanceError('NotFound', 'gone', { status: 404 });
    return found;
  }
}
