/**
 * Assessment templates over SharePoint (issue 18, part 1): the whole AssessmentTemplates list in one read, the seed
 * written to a fresh site by provisioning, and the lead's editing steps. Only drafts are edited; publishing turns a
 * draft into the key's new version and keeps the older ones (their assessments read them); retiring stops new
 * assessments; a version some assessment recorded is never deleted. Every write carries If-Match with the ETag the
 * lead loaded, so a concurrent edit fails with Conflict instead of being overwritten. SharePoint itself refuses
 * writes from anyone outside the leads group (the list is `leadsWrite`).
 */
import { GovernanceError, type FieldIssue } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import {
  fromTemplateRecord, nextVersionNumber, openDraft, recordedVersion, toTemplateRecord, validateTemplate,
  type AssessmentTemplateRecord, type StoredTemplateVersion, type TemplateIssue, type TemplateVersion
} from '../../core/assessments';
import { ASSESSMENTS_LIST } from '../../core/schema/lists/assessments';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readAll, readNarrowed } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

/** A template version as stored: its item id and ETag (for If-Match). */
export type StoredTemplate = StoredTemplateVersion;

type TemplateRepos = Pick<Repositories, 'assessmentTemplates'>;

function stored(item: Stored<AssessmentTemplateRecord>): StoredTemplate {
  return { ...fromTemplateRecord(item), id: item.id, etag: item.etag, modified: item.modified };
}

/** Every template version (one request: a catalogue holds tens of items), in key then version order. */
export async function readTemplates(repositories: TemplateRepos): Promise<StoredTemplate[]> {
  const items = await readAll(repositories.assessmentTemplates);
  return items.map(stored).sort((a, b) => (a.key === b.key ? a.version - b.version : 0));
}

/** One version by item id (fresh, with its current ETag). */
export async function getTemplate(repositories: TemplateRepos, id: number): Promise<StoredTemplate> {
  return stored(await repositories.assessmentTemplates.getById(id));
}

/** A template problem as the suite's field issue (`sections.0.questions.2.text.fr`), for callers without the editor. */
function toFieldIssue(issue: TemplateIssue): FieldIssue {
  const path = [
    issue.section !== undefined ? `sections.${issue.section}` : undefined,
    issue.question !== undefined ? `questions.${issue.question}` : undefined,
    issue.field,
    issue.level !== undefined ? String(issue.level) : undefined,
    issue.language
  ].filter((p): p is string => p !== undefined).join('.');
  const params: Record<string, string | number> = {};
  if (issue.value !== undefined) params.value = issue.value;
  if (issue.language !== undefined) params.language = issue.language;
  return { field: path, code: issue.code, message: `${path}: ${issue.code}${issue.value !== undefined ? ` (${issue.value})` : ''}`, params };
}

function assertSound(template: TemplateVersion, publishing: boolean): void {
  const issues = validateTemplate(template, { publishing });
  if (issues.length > 0) {
    const fieldIssues = issues.map(toFieldIssue);
    throw new GovernanceError('Validation', `The template ${template.key} v${template.version} cannot be ${publishing ? 'published' : 'saved'}: ${fieldIssues[0].message}`, { issues: fieldIssues });
  }
}

function refuse(code: string, message: string, field = 'state'): never {
  throw new GovernanceError('Validation', message, { issues: [{ field, code, message }] });
}

/**
 * Writes the seed versions the list does not hold yet (by key and version); never changes an existing item, so
 * leads' edits survive a second run. Returns how many were added.
 */
export async function seedAssessmentTemplates(repositories: TemplateRepos, seeds: readonly TemplateVersion[]): Promise<number> {
  const existing = new Set((await readAll(repositories.assessmentTemplates, { select: ['templateKey', 'templateVersion'] })).map((i) => `${i.templateKey}\n${i.templateVersion}`));
  const missing = seeds.filter((t) => !existing.has(`${t.key}\n${t.version}`));
  for (const template of missing) assertSound(template, template.state !== 'Draft');
  if (missing.length === 0) return 0;
  const results = await repositories.assessmentTemplates.createMany(missing.map(toTemplateRecord));
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw failed.error;
  return results.length;
}

/**
 * Opens a draft of the next version of `key`, copied from its newest version (the key's open draft instead, when a
 * lead already has one: one draft per key). `blank` starts a new template under a new key.
 */
export async function startDraft(repositories: TemplateRepos, templates: readonly TemplateVersion[], key: string, blank?: Omit<TemplateVersion, 'version' | 'state'>): Promise<StoredTemplate> {
  const draft = openDraft(templates, key);
  if (draft) {
    const found = templates.find((t): t is StoredTemplate => t === draft && 'id' in t);
    if (found) return found;
  }
  const latest = templates.filter((t) => t.key === key).sort((a, b) => b.version - a.version)[0];
  const source = latest ?? (blank ? { ...blank, version: 0, state: 'Draft' as const } : undefined);
  if (!source) refuse('templateKeyInvalid', `No template has the key ${key}.`, 'key');
  const next: TemplateVersion = { ...source, key, version: nextVersionNumber(templates, key), state: 'Draft' };
  assertSound(next, false);
  return stored(await repositories.assessmentTemplates.create(toTemplateRecord(next)));
}

/** The columns a save writes: texts, target and body (never the key or the version number, which identify the item). */
function contentOf(template: TemplateVersion): Partial<AssessmentTemplateRecord> {
  const record = toTemplateRecord(template);
  // Emptied translations are written as empty, so a cleared French title does not keep its old value.
  return {
    title: record.title, titleFr: record.titleFr ?? '', titleEs: record.titleEs ?? '', targetList: record.targetList,
    description: record.description ?? '', descriptionFr: record.descriptionFr ?? '', descriptionEs: record.descriptionEs ?? '', body: record.body
  };
}

/** Saves a draft's content with If-Match `etag` (Conflict when someone saved it since). Published versions never change. */
export async function saveDraft(repositories: TemplateRepos, id: number, template: TemplateVersion, etag: string): Promise<StoredTemplate> {
  if (template.state !== 'Draft') refuse('templateNotDraft', 'Only a draft can be edited: start a new version instead.');
  assertSound(template, false);
  await repositories.assessmentTemplates.update(id, contentOf(template), etag);
  return getTemplate(repositories, id);
}

/** Publishes a draft as its version (complete in every language, else Validation), with If-Match `etag`. */
export async function publishDraft(repositories: TemplateRepos, id: number, template: TemplateVersion, etag: string): Promise<StoredTemplate> {
  if (template.state !== 'Draft') refuse('templateNotDraft', 'Only a draft can be published.');
  const published: TemplateVersion = { ...template, state: 'Published' };
  assertSound(published, true);
  await repositories.assessmentTemplates.update(id, { ...contentOf(published), state: 'Published' }, etag);
  return getTemplate(repositories, id);
}

/** Retires a published version: assessments already started keep it; no new one starts on the key. */
export async function retireTemplate(repositories: TemplateRepos, id: number, etag: string): Promise<StoredTemplate> {
  const current = await getTemplate(repositories, id);
  if (current.state !== 'Published') refuse('templateNotPublished', 'Only a published version can be retired.');
  await repositories.assessmentTemplates.update(id, { state: 'Retired' }, etag);
  return getTemplate(repositories, id);
}

/** How many assessments recorded this version of the key (assessments stored before versions count as version 1). */
export async function assessmentsUsing(repositories: Pick<Repositories, 'assessments'>, key: string, version: number): Promise<number> {
  // The key's runs through the indexed Template column; the version is compared here (it is not indexed).
  const runs = await readNarrowed(repositories.assessments, { filter: eq(filterField(ASSESSMENTS_LIST, 'template'), key), select: ['template', 'templateVersion'] });
  return runs.filter((run) => recordedVersion(run.templateVersion) === version).length;
}

/**
 * Deletes a version no assessment recorded (a discarded draft, a version nobody ran). A version in use is refused
 * (`templateInUse`, nothing deleted): retire it instead.
 */
export async function deleteTemplate(repositories: Pick<Repositories, 'assessmentTemplates' | 'assessments'>, id: number, etag: string): Promise<void> {
  const current = await getTemplate(repositories, id);
  const used = await assessmentsUsing(repositories, current.key, current.version);
  if (used > 0) {
    throw new GovernanceError('Validation', `Version ${current.version} of ${current.key} is used by ${used} assessment(s): retire it instead.`, {
      issues: [{ field: 'state', code: 'templateInUse', message: `Used by ${used} assessment(s): retire it instead.`, params: { count: used } }]
    });
  }
  await repositories.assessmentTemplates.delete(id, etag);
}
