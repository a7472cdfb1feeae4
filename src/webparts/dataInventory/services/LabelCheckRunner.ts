import type { SPFI } from '@pnp/sp';
import { GovernanceError } from '../../../core/errors';
import { effectiveLabelMapping, sharingFound, TRANSIENT_REASONS, type LabelMapping } from '../../../core/labels';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../../core/schema/lists/dataAssets';
import { ensureLabelMapping, HealthSettingsSource } from '../../../data/labels/healthSettings';
import { consoleErrorLog, type DataErrorLog } from '../../../data/errors/logError';
import { toGovernanceError } from '../../../data/errors/toGovernanceError';
import { eq, or } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import type { Repositories } from '../../../data/repositories/createRepositories';
import { canEditItems } from '../../../data/sp/canEditItems';
import type { GraphRequester } from '../../../graph/client/types';
import { LabelCatalogueService } from '../../../graph/labels/LabelCatalogueService';
import { LabelCheckService, type LabelCheckResult } from '../../../graph/labels/LabelCheckService';
import { writeLabelResults, type LabelWriteResult } from '../../../graph/labels/writeLabelResults';
import type { ILabelCheckRunner, LabelCheckReportRow, LabelCheckRunResult, LabelCheckScope } from '../../../ui/labels/ILabelCheckRunner';

/** Records checked and saved together: one round of Graph `$batch` calls (20 each) and one SharePoint `$batch`. */
const GROUP_SIZE = 20;
/** Records read per page of a mission (the Mission column is indexed). */
const PAGE_SIZE = 500;

function reportRow(record: Stored<DataAsset>, result: LabelCheckResult, write: LabelWriteResult | undefined): LabelCheckReportRow {
  const base = {
    id: record.id, title: record.title, mission: record.mission, declaredSensitivity: record.declaredSensitivity,
    labelName: result.outcome.kind === 'label' ? result.outcome.name : undefined,
    accessFlags: result.sharing !== undefined ? sharingFound(result.sharing) : []
  };
  const transient = result.outcome.kind === 'notCheckable' && TRANSIENT_REASONS.includes(result.outcome.reason);
  if (transient || write === undefined || (!write.written && write.skipped)) return { ...base, outcome: 'failed', reason: result.reason ?? 'failed' };
  if (!write.written) return { ...base, outcome: 'failed', drift: result.drift, writeError: write.error.kind };
  return { ...base, outcome: result.drift === 'notCheckable' ? 'notCheckable' : 'checked', drift: result.drift, reason: result.reason };
}

/**
 * The "Check labels" action over the production services: reads the records of the scope through the repositories,
 * checks them with `LabelCheckService` (Graph) and saves each group with `writeLabelResults` (ETags: a record saved
 * by someone meanwhile fails alone with Conflict) before starting the next, so a cancel keeps what was saved.
 * Labels rank with the `purviewLabelMapping` setting, as every stored score does.
 */
export class LabelCheckRunner implements ILabelCheckRunner {
  private readonly settings: HealthSettingsSource;
  private catalogue: LabelCatalogueService | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly repositories: Repositories,
    private readonly graph: GraphRequester | Promise<GraphRequester>,
    private readonly now: () => Date = () => new Date(),
    private readonly log: DataErrorLog = consoleErrorLog
  ) {
    this.settings = new HealthSettingsSource(repositories.governanceSettings);
  }

  public canRun(): Promise<boolean> {
    return canEditItems(this.sp, DATA_ASSETS_LIST.title);
  }

  public async labelColours(): Promise<ReadonlyMap<string, string>> {
    const labels = await (await this.catalogueService()).labels();
    return new Map(labels.filter((l) => l.color !== undefined).map((l) => [l.id, l.color as string]));
  }

  public async run(scope: LabelCheckScope, options: { signal?: AbortSignal; onProgress?: (p: { done: number; total: number }) => void } = {}): Promise<LabelCheckRunResult> {
    const [records, settings, catalogue, graph] = await Promise.all([this.records(scope), this.settings.get(), this.catalogueService(), this.graph]);
    const taxonomy = settings.taxonomy ?? [];
    const mapping = await this.mappingInForce(taxonomy, settings.mapping, catalogue);
    const service = new LabelCheckService(graph, catalogue, { taxonomy, mapping, recordsPerRound: GROUP_SIZE });
    const rows: LabelCheckReportRow[] = [];
    options.onProgress?.({ done: 0, total: records.length });
    for (let start = 0; start < records.length; start += GROUP_SIZE) {
      if (options.signal?.aborted) break;
      const group = records.slice(start, start + GROUP_SIZE);
      const run = await service.checkMany(group.map((r) => ({ key: r.id, locationUrl: r.locationUrl?.url, declaredSensitivity: r.declaredSensitivity })), { signal: options.signal });
      if (run.cancelled) break;
      const writes = await writeLabelResults(this.repositories.dataAssets, group, run.results, { now: this.now(), rankContext: { taxonomy, mapping } });
      const writeById = new Map(writes.map((w) => [w.id, w]));
      run.results.forEach((result, index) => rows.push(reportRow(group[index], result, writeById.get(group[index].id))));
      options.onProgress?.({ done: rows.length, total: records.length });
    }
    const reached = new Set(rows.map((r) => r.id));
    const notReached = records.filter((r) => !reached.has(r.id)).map((r): LabelCheckReportRow => ({
      id: r.id, title: r.title, mission: r.mission, declaredSensitivity: r.declaredSensitivity, outcome: 'notReached', accessFlags: []
    }));
    return { rows: [...rows, ...notReached], cancelled: notReached.length > 0 };
  }

  /**
   * The label mapping every score must use. On a site without one, the first check saves the catalogue's default
   * (priorities spread over the taxonomy), so stored scores never disagree with the drift the check wrote; if it
   * may not be saved (only governance leads write GovernanceSettings), this run still ranks by it unsaved; any other
   * failure to save is logged and the run ranks by it too.
   */
  private async mappingInForce(taxonomy: readonly string[], current: LabelMapping | undefined, catalogue: LabelCatalogueService): Promise<LabelMapping | undefined> {
    if (current !== undefined && Object.keys(current).length > 0) return current;
    const defaults = effectiveLabelMapping({ taxonomy, mapping: current, catalogue: await catalogue.labels() });
    try {
      const { mapping, saved } = await ensureLabelMapping(this.repositories.governanceSettings, defaults);
      if (saved) this.settings.forget();
      return mapping;
    } catch (error) {
      this.log('LabelCheckRunner.mapping', toGovernanceError(error));
      return defaults;
    }
  }

  private async catalogueService(): Promise<LabelCatalogueService> {
    if (this.catalogue === undefined) this.catalogue = new LabelCatalogueService(await this.graph);
    return this.catalogue;
  }

  /** The scope's records, read fresh (their ETags guard the writes). */
  private async records(scope: LabelCheckScope): Promise<Stored<DataAsset>[]> {
    const assets = this.repositories.dataAssets;
    if (scope.kind === 'mission') {
      if (scope.mission.trim() === '') throw new GovernanceError('Validation', 'Choose a mission to check.');
      const out: Stored<DataAsset>[] = [];
      let continuation: string | undefined;
      do {
        const page = await assets.page({ filter: eq(filterField(DATA_ASSETS_LIST, 'mission'), scope.mission), top: PAGE_SIZE, orderBy: [{ field: 'id', ascending: true }] }, continuation);
        out.push(...page.items);
        continuation = page.continuation;
      } while (continuation);
      return out;
    }
    const out: Stored<DataAsset>[] = [];
    const ids = Array.from(new Set(scope.ids));
    for (let start = 0; start < ids.length; start += GROUP_SIZE) {
      const chunk = ids.slice(start, start + GROUP_SIZE);
      const page = await assets.page({ filter: or(...chunk.map((id) => eq('ID', id))), top: GROUP_SIZE });
      out.push(...page.items);
    }
    return out;
  }
}

