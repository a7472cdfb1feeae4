/**
 * Reading and writing AI literacy records (issue 19, part 4) over the LiteracyMeasures and LiteracyAcknowledgements
 * lists. Reads are few whatever the number of systems on screen: the measures in one request (a small list, read
 * whole), the acknowledgements of the measures covering them by indexed Measure id (one request per 50 measures) and the systems' usage rows by indexed MatchedSystem id (one request per 50 systems), sent together.
 * Writes validate first (nothing is sent while a rule fails); measure edits carry If-Match.
 */
import { GovernanceError } from '../../core/errors';
import { coversSystem, literacyCoverage, measureState, type LiteracyCoverage, type LiteracySystem } from '../../core/literacy/rules';
import type { LiteracyAcknowledgement, LiteracyMeasure } from '../../core/literacy/model';
import { DEFAULT_REFRESH_MONTHS } from '../../core/literacy/model';
import { validateMeasure } from '../../core/literacy/validation';
import type { PersonRef, Stored } from '../../core/models/common';
import type { UsageObservation } from '../../core/models/usageObservation';
import { LITERACY_ACKNOWLEDGEMENTS_LIST, USAGE_OBSERVATIONS_LIST } from '../../core/schema';
import { eq, or } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readAll } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';
import { IDS_PER_QUERY, loadByLookup } from '../repositories/loadByLookup';

export type LiteracyRepositories = Pick<Repositories, 'literacyMeasures' | 'literacyAcknowledgements' | 'usageObservations' | 'aiSystems'>;

/** What the literacy section and the register show for one system. */
export interface SystemLiteracy {
  readonly coverage: LiteracyCoverage;
  /** Every measure covering the system (current or not), newest delivery first. */
  readonly measures: readonly Stored<LiteracyMeasure>[];
  /** The acknowledgements of those measures. */
  readonly acknowledgements: readonly Stored<LiteracyAcknowledgement>[];
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Every measure (one request: the list holds the organisation's few hundred measures). */
export function loadMeasures(repositories: Pick<Repositories, 'literacyMeasures'>): Promise<Stored<LiteracyMeasure>[]> {
  return readAll(repositories.literacyMeasures);
}

/**
 * Literacy coverage of each of `systems` (keyed by system id), from one read of the measures, one of the acknowledgements
 * of the measures covering them and one of their usage rows.
 */
export async function loadSystemLiteracy(repositories: LiteracyRepositories, systems: readonly LiteracySystem[], now: Date): Promise<Map<number, SystemLiteracy>> {
  const out = new Map<number, SystemLiteracy>();
  if (systems.length === 0) return out;
  const ids = systems.map((s) => s.id);
  const [measures, usage] = await Promise.all([
    loadMeasures(repositories),
    loadByLookup(repositories.usageObservations, filterField(USAGE_OBSERVATIONS_LIST, 'matchedSystem'), ids)
  ]);
  const relevant = measures.filter((m) => ids.some((id) => coversSystem(m, id)));
  // Every relevant measure's acknowledgements: named people's count towards coverage, and the section shows anyone's own.
  const relevantIds = relevant.map((m) => m.id);
  const acknowledgements = relevantIds.length === 0 ? [] : await loadByLookup(repositories.literacyAcknowledgements, filterField(LITERACY_ACKNOWLEDGEMENTS_LIST, 'measure'), relevantIds);
  for (const system of systems) {
    const mine = relevant.filter((m) => coversSystem(m, system.id)).sort((a, b) => (b.deliveredOn ?? '').localeCompare(a.deliveredOn ?? ''));
    const mineIds = new Set(mine.map((m) => m.id));
    const acks = acknowledgements.filter((a) => mineIds.has(a.measure?.id));
    const rows = usage.filter((row: Stored<UsageObservation>) => row.matchedSystem?.id === system.id);
    out.set(system.id, { coverage: literacyCoverage(system, mine, acks, rows, now), measures: mine, acknowledgements: acks });
  }
  return out;
}

/** The ids among `ids` that are AISystems items (one request per 50 ids). */
async function existingSystemIds(repositories: Pick<Repositories, 'aiSystems'>, ids: readonly number[]): Promise<Set<number>> {
  const found = new Set<number>();
  const valid = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))];
  for (const group of chunks(valid, IDS_PER_QUERY)) {
    const page = await repositories.aiSystems.page({ filter: or(...group.map((id) => eq('ID', id))), select: [], top: group.length });
    page.items.forEach((item) => found.add(item.id));
  }
  return found;
}

/** The measure as stored: trimmed texts, audience fields of its kind only, the default refresh interval. */
export function normaliseMeasure(draft: Partial<LiteracyMeasure>): LiteracyMeasure {
  const kind = draft.audienceKind ?? 'Departments';
  const values = (draft.audienceValues ?? '').split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== '').join('\n');
  const link = draft.evidenceLink?.url?.trim();
  const objective = draft.objective?.trim();
  return {
    title: (draft.title ?? '').trim(),
    audienceKind: kind,
    audienceValues: kind === 'Named people' ? undefined : values,
    audiencePeople: kind === 'Named people' ? draft.audiencePeople ?? [] : [],
    coveredSystems: (draft.coveredSystems ?? []).map((ref) => ({ id: ref.id })),
    objective: objective === '' ? undefined : objective,
    format: draft.format,
    deliveredOn: draft.deliveredOn ? draft.deliveredOn.slice(0, 10) : undefined,
    evidenceLink: link ? { url: link, description: draft.evidenceLink?.description } : undefined,
    refreshMonths: draft.refreshMonths ?? DEFAULT_REFRESH_MONTHS
  };
}

async function checked(repositories: Pick<Repositories, 'aiSystems'>, draft: Partial<LiteracyMeasure>, now: Date): Promise<LiteracyMeasure> {
  const known = await existingSystemIds(repositories, (draft.coveredSystems ?? []).map((ref) => ref.id));
  const issues = validateMeasure(draft, { isKnownSystem: (id) => known.has(id), now });
  if (issues.length > 0) throw new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
  return normaliseMeasure(draft);
}

/**
 * Creates a measure after checking it (the AI systems it names are read to prove they exist). Rejects with a
 * Validation error carrying every issue (codes from `LITERACY_ISSUE_CODES`) and writes nothing when any remains;
 * SharePoint refuses anyone outside the Governance Leads group (AccessDenied).
 */
export async function addMeasure(repositories: Pick<Repositories, 'literacyMeasures' | 'aiSystems'>, draft: Partial<LiteracyMeasure>, now: Date): Promise<Stored<LiteracyMeasure>> {
  return repositories.literacyMeasures.create(await checked(repositories, draft, now));
}

/** Updates a measure with If-Match `etag` (Conflict when someone changed it since it was read); returns the new ETag. */
export async function updateMeasure(
  repositories: Pick<Repositories, 'literacyMeasures' | 'aiSystems'>,
  id: number,
  draft: Partial<LiteracyMeasure>,
  etag: string,
  now: Date
): Promise<string> {
  return repositories.literacyMeasures.update(id, await checked(repositories, draft, now), etag);
}

/**
 * Records that `me` (the signed-in user) completed `measureId`. SharePoint makes them the item's Author, which is what
 * counts. Refuses (Validation `measureNotCurrent`, nothing written) a measure that is not current, since such an
 * acknowledgement could never count.
 */
export async function acknowledgeMeasure(
  repositories: Pick<Repositories, 'literacyMeasures' | 'literacyAcknowledgements'>,
  measureId: number,
  me: PersonRef,
  comment: string | undefined,
  now: Date
): Promise<Stored<LiteracyAcknowledgement>> {
  const measure = await repositories.literacyMeasures.getById(measureId);
  if (!measureState(measure, now).current) {
    const message = 'This literacy measure is not current: it cannot be acknowledged.';
    throw new GovernanceError('Validation', message, { issues: [{ field: 'measure', code: 'measureNotCurrent', message }] });
  }
  const text = comment?.trim();
  return repositories.literacyAcknowledgements.create({
    title: `${measure.title} - ${me.title}`.slice(0, 255),
    measure: { id: measureId },
    person: me,
    comment: text === undefined || text === '' ? undefined : text
  });
}
