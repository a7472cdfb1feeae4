import { readClassification } from '../../../core/aiRegistry/classificationRecord';
import type { TemplateLanguage, TemplateVersion } from '../../../core/assessments/templateModel';
import { assessmentEvidence } from '../../../core/frameworks/assessmentEvidence';
import { applicableToSystem, classificationEvidence, coverage } from '../../../core/frameworks/coverage';
import type { ReadCrosswalk } from '../../../core/frameworks/records';
import { readCrosswalk, readSystemAssessments, readSystemEvidence, readTemplateVersions, recordEvidence } from '../../../data/frameworks/crosswalk';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type { RegisterRow } from './IAIRegistryService';
import type { IFrameworkService, NewLinkEvidence, SystemFrameworkView } from './IFrameworkService';

/**
 * The crosswalk service over the production data layer. The crosswalk and the assessment templates are read once per
 * service instance (one request each) and reused for every system; a failed read is not cached, so the next call
 * tries again. A system's coverage then costs two filtered reads: its evidence and its assessments.
 */
export class FrameworkService implements IFrameworkService {
  private crosswalk: Promise<ReadCrosswalk> | undefined;
  private templates: Promise<TemplateVersion[]> | undefined;

  public constructor(private readonly repositories: Pick<Repositories, 'frameworkControls' | 'controlEvidence' | 'assessments' | 'assessmentTemplates'>) {}

  private loadCrosswalk(): Promise<ReadCrosswalk> {
    if (!this.crosswalk) {
      const pending = readCrosswalk(this.repositories);
      this.crosswalk = pending;
      pending.catch(() => {
        if (this.crosswalk === pending) this.crosswalk = undefined;
      });
    }
    return this.crosswalk;
  }

  private loadTemplates(): Promise<TemplateVersion[]> {
    if (!this.templates) {
      const pending = readTemplateVersions(this.repositories);
      this.templates = pending;
      pending.catch(() => {
        if (this.templates === pending) this.templates = undefined;
      });
    }
    return this.templates;
  }

  public async systemCoverage(row: RegisterRow, classificationTitle: string, language: TemplateLanguage = 'en'): Promise<SystemFrameworkView> {
    const [read, recorded, runs, templates] = await Promise.all([
      this.loadCrosswalk(), readSystemEvidence(this.repositories, row.system.id), readSystemAssessments(this.repositories, row.system.id), this.loadTemplates()
    ]);
    const obligations = readClassification(row.system)?.classification.obligations;
    const derived = classificationEvidence({
      systemId: row.system.id,
      obligations,
      verified: row.verification.state === 'Verified',
      verifiedBy: row.verification.by?.title,
      verifiedOn: row.verification.on?.slice(0, 10)
    }, classificationTitle);
    const evidence = [...derived, ...assessmentEvidence(runs, templates, read.crosswalk, language), ...recorded];
    return { crosswalk: read.crosswalk, issues: read.issues, evidence, coverage: coverage(read.crosswalk, evidence, applicableToSystem(obligations)) };
  }

  public async addEvidence(systemId: number, evidence: NewLinkEvidence): Promise<void> {
    const read = await this.loadCrosswalk();
    await recordEvidence(this.repositories, read.crosswalk, { controlKey: evidence.controlKey, systemId, kind: 'Link', title: evidence.title, link: evidence.link });
  }
}
