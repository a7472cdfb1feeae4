import type { GovernanceError } from '../../core/errors';
import {
  accessFlags, labelDrift, labelRank, resolveLocation, summariseSharing,
  type AccessFlag, type CatalogueLabel, type LabelDrift, type LabelMapping, type LabelOutcome, type NotCheckableReason, type ResolvedLocation, type SharingSummary
} from '../../core/labels';
import { labelDisplayName } from '../../core/labels/rank';
import { runBatched, type BatchProgress } from '../client/batching';
import type { GraphBatchRequest, GraphBatchResponse, GraphRequester } from '../client/types';
import { toSharingPermissions } from '../access/sharing';
import type { ILabelCatalogueService } from './LabelCatalogueService';
import { encodeSharingUrl } from './sharingUrl';

/** One record to check. */
export interface LabelCheckTarget {
  /** The caller's key (the item id): results carry it back. */
  readonly key: number | string;
  readonly locationUrl?: string;
  readonly declaredSensitivity?: string;
}

/** What the check found for one record. */
export interface LabelCheckResult {
  readonly key: number | string;
  readonly location: ResolvedLocation;
  /** What to cache on the record (see core `labelCacheFields`). */
  readonly outcome: LabelOutcome;
  /** The catalogue entry of the label found, for its colour and description. */
  readonly label?: CatalogueLabel;
  /** The label's rank in the taxonomy (0 for no label). */
  readonly labelRank?: number;
  readonly drift: LabelDrift;
  /** Why the drift is "not checkable". */
  readonly reason?: NotCheckableReason;
  /** Sharing of files and libraries; undefined when it was not (or could not be) read. */
  readonly sharing?: SharingSummary;
  readonly accessFlags: readonly AccessFlag[];
}

/** A whole run: per-record results in input order (only the records reached when cancelled). */
export interface LabelCheckRun {
  readonly results: readonly LabelCheckResult[];
  readonly cancelled: boolean;
  /** `$batch` calls made. */
  readonly batches: number;
}

export interface LabelCheckOptions {
  readonly signal?: AbortSignal;
  /** Records finished out of all, after each group of records. */
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** Checks Purview labels and sharing of records' locations. Never rejects for one record's failure. */
export interface ILabelCheckService {
  checkMany(targets: readonly LabelCheckTarget[], options?: LabelCheckOptions): Promise<LabelCheckRun>;
}

/** What the service needs besides Graph. */
export interface LabelCheckSettings {
  /** Declared-sensitivity taxonomy, lowest first. */
  readonly taxonomy: readonly string[];
  /** GovernanceSettings `purviewLabelMapping`. */
  readonly mapping?: LabelMapping;
  /** The tenant's mail domains (guests are addresses outside them, besides `#ext#` logins). */
  readonly tenantDomains?: readonly string[];
  /** Records checked per round of `$batch` calls (default 20, one batch per phase). */
  readonly recordsPerRound?: number;
}

function reasonForStatus(status: number): NotCheckableReason {
  if (status === 423) return 'encrypted';
  if (status === 401 || status === 403) return 'accessDenied';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  return 'failed';
}

function reasonForFailure(error: GovernanceError): NotCheckableReason {
  return error.kind === 'Throttled' ? 'throttled' : error.status !== undefined ? reasonForStatus(error.status) : 'failed';
}

/** Requests deduplicated by URL (many records share a site or a group), with ids `prefix0`, `prefix1`... */
class RequestSet {
  private readonly byUrl = new Map<string, GraphBatchRequest>();
  public constructor(private readonly prefix: string) {}
  public add(method: 'GET' | 'POST', url: string): string {
    const key = `${method} ${url}`;
    let request = this.byUrl.get(key);
    if (request === undefined) {
      request = { id: `${this.prefix}${this.byUrl.size}`, method, url, ...(method === 'POST' ? { body: {} } : {}) };
      this.byUrl.set(key, request);
    }
    return request.id;
  }
  public get all(): GraphBatchRequest[] {
    return Array.from(this.byUrl.values());
  }
}

/** A phase's answer for one request id: the response, or the reason it has none. */
type Answer = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly reason: NotCheckableReason };

function answerOf(id: string | undefined, responses: ReadonlyMap<string, GraphBatchResponse>, failures: ReadonlyMap<string, GovernanceError>): Answer | undefined {
  if (id === undefined) return undefined;
  const response = responses.get(id);
  if (response !== undefined) return response.status >= 200 && response.status < 300 ? { ok: true, body: response.body } : { ok: false, reason: reasonForStatus(response.status) };
  const failure = failures.get(id);
  return failure !== undefined ? { ok: false, reason: reasonForFailure(failure) } : undefined;
}

function siteDriveUrl(location: ResolvedLocation): string {
  const path = location.sitePath === '/' || location.sitePath === undefined ? '' : `:${location.sitePath}:`;
  return `/sites/${location.host ?? ''}${path}/drive?$select=id,owner`;
}

export class LabelCheckService implements ILabelCheckService {
  public constructor(private readonly graph: GraphRequester, private readonly catalogue: ILabelCatalogueService, private readonly settings: LabelCheckSettings) {}

  public async checkMany(targets: readonly LabelCheckTarget[], options: LabelCheckOptions = {}): Promise<LabelCheckRun> {
    const labels = await this.catalogue.labels({ signal: options.signal });
    const perRound = Math.max(1, this.settings.recordsPerRound ?? 20);
    const results: LabelCheckResult[] = [];
    let batches = 0;
    for (let start = 0; start < targets.length; start += perRound) {
      const round = await this.checkRound(targets.slice(start, start + perRound), labels, options.signal);
      batches += round.batches;
      if (round.cancelled) return { results, cancelled: true, batches };
      results.push(...round.results);
      options.onProgress?.({ done: results.length, total: targets.length });
    }
    return { results, cancelled: false, batches };
  }

  /** One round: resolve locations (drive items, site drives), then read labels and sharing. */
  private async checkRound(targets: readonly LabelCheckTarget[], catalogue: readonly CatalogueLabel[], signal: AbortSignal | undefined): Promise<{ results: LabelCheckResult[]; cancelled: boolean; batches: number }> {
    const locations = targets.map((t) => resolveLocation(t.locationUrl));
    const resolve = new RequestSet('r');
    const itemIds = locations.map((l) => (l.kind === 'file' || l.kind === 'library') && l.url !== undefined ? resolve.add('GET', `/shares/${encodeSharingUrl(l.url)}/driveItem?$select=id,parentReference`) : undefined);
    const driveIds = locations.map((l) => (l.kind === 'library' || l.kind === 'site' || l.kind === 'sitePage') ? resolve.add('GET', siteDriveUrl(l)) : undefined);
    const first = await runBatched(this.graph, resolve.all, { signal });
    if (first.cancelled) return { results: [], cancelled: true, batches: first.batches };

    const read = new RequestSet('b');
    const plans = locations.map((location, index) => {
      const item = answerOf(itemIds[index], first.responses, first.failures);
      const drive = answerOf(driveIds[index], first.responses, first.failures);
      const itemRef = item?.ok === true ? item.body as { id?: string; parentReference?: { driveId?: string } } : undefined;
      const itemPath = itemRef?.id !== undefined && itemRef.parentReference?.driveId !== undefined
        ? `/drives/${encodeURIComponent(itemRef.parentReference.driveId)}/items/${encodeURIComponent(itemRef.id)}` : undefined;
      const groupId = location.kind === 'team' ? location.groupId : drive?.ok === true ? (drive.body as { owner?: { group?: { id?: string } } }).owner?.group?.id : undefined;
      let blocked: NotCheckableReason | undefined = location.kind === 'notCheckable' ? location.reason : undefined;
      let labelRequest: string | undefined;
      if (blocked === undefined && location.kind === 'file') {
        if (itemPath !== undefined) labelRequest = read.add('POST', `${itemPath}/extractSensitivityLabels`); else blocked = item?.ok === false ? item.reason : 'notFound';
      } else if (blocked === undefined) {
        if (groupId !== undefined) labelRequest = read.add('GET', `/groups/${encodeURIComponent(groupId)}?$select=id,assignedLabels`);
        else blocked = drive?.ok === false ? drive.reason : 'siteNotGroupConnected';
      }
      const accessRequest = location.accessCheckable && itemPath !== undefined ? read.add('GET', `${itemPath}/permissions`) : undefined;
      return { location, labelRequest, accessRequest, blocked };
    });
    const second = await runBatched(this.graph, read.all, { signal });
    if (second.cancelled) return { results: [], cancelled: true, batches: first.batches + second.batches };

    const results = plans.map((plan, index) => {
      const target = targets[index];
      const labelAnswer = answerOf(plan.labelRequest, second.responses, second.failures);
      const outcome: LabelOutcome = plan.blocked !== undefined ? { kind: 'notCheckable', reason: plan.blocked }
        : labelAnswer === undefined ? { kind: 'notCheckable', reason: 'failed' }
          : !labelAnswer.ok ? { kind: 'notCheckable', reason: labelAnswer.reason }
            : this.outcomeOf(plan.location, labelAnswer.body, catalogue);
      const label = outcome.kind === 'label' ? catalogue.find((l) => l.id === outcome.id) : undefined;
      const rank = outcome.kind === 'unlabelled' ? 0 : outcome.kind === 'label' ? labelRank({ id: outcome.id, name: outcome.name }, { taxonomy: this.settings.taxonomy, mapping: this.settings.mapping, catalogue }) : undefined;
      const drift = labelDrift(target.declaredSensitivity, rank, this.settings.taxonomy);
      const reason: NotCheckableReason | undefined = outcome.kind === 'notCheckable' ? outcome.reason
        : rank === undefined ? 'unmappedLabel' : drift === 'notCheckable' ? 'notDeclared' : undefined;
      const access = answerOf(plan.accessRequest, second.responses, second.failures);
      const sharing = access?.ok === true ? summariseSharing(toSharingPermissions((access.body as { value?: unknown[] }).value ?? []), this.settings.tenantDomains) : undefined;
      return {
        key: target.key, location: plan.location, outcome, label, labelRank: rank, drift, reason, sharing,
        accessFlags: sharing !== undefined ? accessFlags(sharing, target.declaredSensitivity, this.settings.taxonomy) : []
      };
    });
    return { results, cancelled: false, batches: first.batches + second.batches };
  }

  /** A file's extracted labels or a group's assigned labels: the highest-priority one counts. */
  private outcomeOf(location: ResolvedLocation, body: unknown, catalogue: readonly CatalogueLabel[]): LabelOutcome {
    const found = location.kind === 'file'
      ? ((body as { labels?: { sensitivityLabelId?: string }[] }).labels ?? []).map((l) => ({ id: l.sensitivityLabelId, name: undefined as string | undefined }))
      : ((body as { assignedLabels?: { labelId?: string; displayName?: string }[] }).assignedLabels ?? []).map((l) => ({ id: l.labelId, name: l.displayName }));
    const candidates = found.filter((l): l is { id: string; name: string | undefined } => typeof l.id === 'string' && l.id !== '');
    if (candidates.length === 0) return { kind: 'unlabelled' };
    const known = candidates.map((c) => catalogue.find((l) => l.id === c.id)).filter((l): l is CatalogueLabel => l !== undefined);
    if (known.length === 0) return { kind: 'label', id: candidates[0].id, name: candidates[0].name ?? candidates[0].id };
    const top = known.reduce((best, l) => (l.priority > best.priority ? l : best));
    return { kind: 'label', id: top.id, name: labelDisplayName(top, catalogue), color: top.color };
  }
}
