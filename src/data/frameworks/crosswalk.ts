/**
 * The framework crosswalk over SharePoint (issue 18, part 3): the whole FrameworkControls list in one read (about 150
 * items, one page), a system's evidence in one filtered read, evidence recorded through the validating repository,
 * and the seed written to an empty (or incomplete) list without touching what leads edited.
 */
import { fromTemplateRecord, type TemplateVersion } from '../../core/assessments/templateModel';
import { GovernanceError } from '../../core/errors';
import type { AssessmentRunItem } from '../../core/frameworks/assessmentEvidence';
import type { Stored } from '../../core/models/common';
import { fromControlRecords, toControlRecords, toEvidenceRecord, type ControlEvidenceRecord, type ReadCrosswalk } from '../../core/frameworks/records';
import type { EvidenceRecord } from '../../core/frameworks/coverage';
import type { Crosswalk } from '../../core/frameworks/seed';
import { controlKey } from '../../core/frameworks/types';
import { ASSESSMENTS_LIST } from '../../core/schema/lists/assessments';
import { CONTROL_EVIDENCE_LIST } from '../../core/schema/lists/controlEvidence';
import { and, eq, isNull, or } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readAll, readNarrowed } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

/** The crosswalk the list holds (sound part) and its problems, for leads to fix. */
export async function readCrosswalk(repositories: Pick<Repositories, 'frameworkControls'>): Promise<ReadCrosswalk> {
  return fromControlRecords(await readAll(repositories.frameworkControls));
}

/** The evidence that counts for a system: its own items and the organisation-wide ones (one filtered read). */
export async function readSystemEvidence(repositories: Pick<Repositories, 'controlEvidence'>, systemId: number): Promise<EvidenceRecord[]> {
  const system = filterField(CONTROL_EVIDENCE_LIST, 'system');
  const items = await readNarrowed(repositories.controlEvidence, { filter: or(eq(system, systemId), isNull(system)) });
  return items.map(toEvidenceRecord);
}

/**
 * A system's assessment runs, for the evidence their items give (one read through the indexed TargetId; the answers
 * come with them, so completed runs need no second request).
 */
export async function readSystemAssessments(repositories: Pick<Repositories, 'assessments'>, systemId: number): Promise<AssessmentRunItem[]> {
  const items = await readNarrowed(repositories.assessments, {
    filter: and(eq(filterField(ASSESSMENTS_LIST, 'targetId'), systemId), eq(filterField(ASSESSMENTS_LIST, 'targetList'), 'aiSystems')),
    select: ['template', 'templateVersion', 'targetId', 'status', 'assessmentDate', 'answers', 'assessor']
  });
  return items.map((item) => ({
    id: item.id, template: item.template, templateVersion: item.templateVersion, targetId: item.targetId, status: item.status,
    assessmentDate: item.assessmentDate, answers: item.answers, assessorName: item.assessor?.title
  }));
}

/** Every version of every assessment template (a few dozen items, one read). */
export async function readTemplateVersions(repositories: Pick<Repositories, 'assessmentTemplates'>): Promise<TemplateVersion[]> {
  return (await readAll(repositories.assessmentTemplates)).map(fromTemplateRecord);
}

/** What a user records: the control, the system (absent: organisation-wide) and the evidence itself. */
export interface EvidenceInput {
  readonly controlKey: string;
  readonly systemId?: number;
  readonly kind: ControlEvidenceRecord['kind'];
  readonly title: string;
  readonly link?: string;
  readonly reference?: string;
}

/**
 * Records a piece of evidence. The control must be one of `crosswalk` (Validation, code `evidenceControlUnknown`,
 * nothing sent); the repository then validates the item (http(s)-only link: `invalidUrl` / `unsafeUrl`; a link kind
 * without its link...) before anything is sent. SharePoint sets the Author.
 */
export async function recordEvidence(repositories: Pick<Repositories, 'controlEvidence'>, crosswalk: Crosswalk, input: EvidenceInput): Promise<Stored<ControlEvidenceRecord>> {
  if (!crosswalk.controls.some((c) => controlKey(c) === input.controlKey)) {
    throw new GovernanceError('Validation', `${input.controlKey} is not a control of the crosswalk.`, {
      issues: [{ field: 'controlKey', code: 'evidenceControlUnknown', message: `${input.controlKey} is not a control of the crosswalk.`, params: { value: input.controlKey } }]
    });
  }
  const link = input.link?.trim();
  return repositories.controlEvidence.create({
    title: input.title.trim(),
    controlKey: input.controlKey,
    system: input.systemId !== undefined ? { id: input.systemId } : undefined,
    kind: input.kind,
    // Both named, even when empty: the list's rule reads a named empty value as missing (see controlEvidenceIssues).
    evidenceLink: link ? { url: link } : undefined,
    reference: input.reference?.trim() || undefined
  });
}

/**
 * Writes the controls of `crosswalk` that the list does not hold yet (by control key); never changes an existing
 * item, so leads' edits survive a second run. Returns how many were added.
 */
export async function seedFrameworkControls(repositories: Pick<Repositories, 'frameworkControls'>, crosswalk: Crosswalk): Promise<number> {
  const existing = new Set((await readAll(repositories.frameworkControls, { select: ['controlKey'] })).map((item) => item.controlKey));
  const missing = toControlRecords(crosswalk).filter((record) => !existing.has(record.controlKey));
  let added = 0;
  for (let start = 0; start < missing.length; start += 100) {
    const results = await repositories.frameworkControls.createMany(missing.slice(start, start + 100));
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw failed.error;
    added += results.length;
  }
  return added;
}
