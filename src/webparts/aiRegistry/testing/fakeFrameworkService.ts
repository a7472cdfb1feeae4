import { readClassification } from '../../../core/aiRegistry/classificationRecord';
import { GovernanceError } from '../../../core/errors';
import { applicableToSystem, classificationEvidence, coverage, type EvidenceRecord } from '../../../core/frameworks/coverage';
import { seedCrosswalk, type Crosswalk } from '../../../core/frameworks/seed';
import { controlKey } from '../../../core/frameworks/types';
import { CONTROL_EVIDENCE_LIST } from '../../../core/schema/lists/controlEvidence';
import { validateRecord } from '../../../core/validation';
import type { RegisterRow } from '../services/IAIRegistryService';
import type { IFrameworkService, NewLinkEvidence, SystemFrameworkView } from '../services/IFrameworkService';

/**
 * An in-memory crosswalk service for React tests: the seed crosswalk, evidence kept in an array, the same validation
 * as the ControlEvidence list (so a refused link is refused with the real code) and the real coverage rules.
 */
export class FakeFrameworkService implements IFrameworkService {
  public readonly evidence: EvidenceRecord[] = [];
  public readonly crosswalk: Crosswalk = seedCrosswalk();
  private nextId = 1;

  public constructor(private readonly author: string) {}

  public async systemCoverage(row: RegisterRow, classificationTitle: string): Promise<SystemFrameworkView> {
    const obligations = readClassification(row.system)?.classification.obligations;
    const derived = classificationEvidence({ systemId: row.system.id, obligations, verified: row.verification.state === 'Verified', verifiedBy: row.verification.by?.title }, classificationTitle);
    const evidence = [...derived, ...this.evidence.filter((e) => e.systemId === undefined || e.systemId === row.system.id)];
    return { crosswalk: this.crosswalk, issues: [], evidence, coverage: coverage(this.crosswalk, evidence, applicableToSystem(obligations)) };
  }

  public async addEvidence(systemId: number, input: NewLinkEvidence): Promise<void> {
    if (!this.crosswalk.controls.some((c) => controlKey(c) === input.controlKey)) {
      throw new GovernanceError('Validation', 'unknown control', { issues: [{ field: 'controlKey', code: 'evidenceControlUnknown', message: 'unknown control' }] });
    }
    const link = input.link.trim();
    const record = { title: input.title.trim(), controlKey: input.controlKey, system: { id: systemId }, kind: 'Link' as const, evidenceLink: link ? { url: link } : undefined, reference: undefined };
    const issues = validateRecord(CONTROL_EVIDENCE_LIST, record, 'create');
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    this.evidence.push({ id: this.nextId++, controlKey: input.controlKey, systemId, kind: 'Link', title: record.title, link, author: this.author });
  }
}
