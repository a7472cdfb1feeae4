import { spfi, type SPFI } from '@pnp/sp';
import { GovernanceError, isGovernanceError } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import { buildNomination, isRunNomination, validateNomination, type NominationDraft, type OwnershipDerivation } from '../../../core/ownership';
import { OWNERSHIP_REQUESTS_LIST } from '../../../core/schema';
import { eq } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import { noDeciderError, routedMessage, routeOwnershipMany } from '../../../data/governanceRoles/routeOwnership';
import { SiteDirectory } from '../../../data/people/siteDirectory';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import { applyAssetOwnership, currentPerson, deriveAssetOwnership, loadAll } from '../../../data/ownership';
import { NOMINATION_REFUSED } from '../../../data/ownership/nominateCustodians';
import { pagePlanned } from '../../../data/query/pagePlanned';
import { RetryUnappliedOnly } from '../../../data/sp/retryUnapplied';
import { createRepositories, type Repositories } from '../../../data/repositories/createRepositories';
import type { IInventoryFilterValues } from '../../../ui/filterTypes';
import type { INominationService, NominationRoute, NominationRow, NominationTargets } from '../../../ui/ownership/INominationService';
import { inventorySearchAll } from './inventorySearch';
import { SpListSearch } from '../../../data/search/SpListSearch';
import type { IListSearch } from '../../../data/search/types';
import { inventoryClauses } from './InventoryService';

/** The inventory's nominations over the production data layer (the requester is the signed-in user). */
export class NominationService implements INominationService {
  private me: Promise<PersonRef> | undefined;
  /**
   * Where a single nomination is created: a root whose only retry is 429/503 (refused before they ran). The default
   * root's retry re-sends after a network error or a 504, whose request may have been applied: a second request.
   */
  private readonly writes: Repositories;

  public constructor(
    private readonly sp: SPFI,
    private readonly repositories: Repositories,
    private readonly people: IPeopleSearch,
    private readonly now: () => Date = () => new Date(),
    /** SharePoint Search for filters with search text; default: search through `sp`. */
    search?: IListSearch
  ) {
    this.writes = createRepositories(spfi(sp).using(RetryUnappliedOnly()));
    this.listSearch = search ?? new SpListSearch(sp);
  }

  /** Built once: it caches the list's id between searches. */
  private readonly listSearch: IListSearch;

  public currentUser(): Promise<PersonRef> {
    if (!this.me) {
      this.me = currentPerson(this.sp).catch((error: unknown) => {
        this.me = undefined;
        throw error;
      });
    }
    return this.me;
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public async routes(assets: readonly Stored<DataAsset>[]): Promise<NominationRoute[]> {
    const requester = await this.currentUser();
    const routed = await routeOwnershipMany(this.repositories, new SiteDirectory(this.sp), assets, requester);
    return routed.map(({ routing, decider }, i) => {
      const asset = assets[i];
      const scopeName = routing.resolvedAt === 'Mission' ? asset.mission : routing.resolvedAt === 'Region' ? asset.region : routing.resolvedAt === 'Department' ? asset.department : undefined;
      return { assetId: asset.id, decider, accountable: routing.accountable, resolvedAt: routing.resolvedAt, informed: routing.informed, scopeName };
    });
  }

  public async nominate(asset: Stored<DataAsset>, draft: NominationDraft, route?: NominationRoute): Promise<Stored<DataAsset>> {
    const matching = route !== undefined && route.assetId === asset.id ? route : undefined;
    const chosen = draft.nominee ?? matching?.decider;
    if (matching !== undefined && chosen === undefined) throw noDeciderError(matching);
    // The user's own text is checked as typed; the Informed are added after (the stored message is cut to its limit).
    const requester = await this.checked({ ...draft, nominee: chosen });
    const nominee = chosen as PersonRef;
    const routed: NominationDraft = matching === undefined ? draft : { ...draft, message: routedMessage(draft.message, matching) };
    const now = this.now();
    const requestsOf = (): Promise<Stored<OwnershipRequest>[]> => loadAll(this.repositories.ownershipRequests, { filter: eq(filterField(OWNERSHIP_REQUESTS_LIST, 'asset'), asset.id) });
    const known = new Set((await requestsOf()).map((request) => request.id));
    try {
      await this.writes.ownershipRequests.create(buildNomination(asset, { ...routed, nominee }, requester, now));
    } catch (error) {
      if (isGovernanceError(error) && NOMINATION_REFUSED.includes(error.kind)) throw error;
      // The answer never came (lost, network drop, 504): the request may exist. Reporting a failure would make the
      // user nominate again and create a second one, so look first; only a request proven absent is a failure.
      const found = await requestsOf().catch(() => []);
      if (!found.some((request) => isRunNomination(request, asset.id, nominee, known, now))) throw error;
    }
    return (await applyAssetOwnership(this.repositories, asset.id, this.now())).asset;
  }

  public async nominateMany(assets: readonly Stored<DataAsset>[], draft: NominationDraft, routes?: readonly NominationRoute[]): Promise<NominationRow[]> {
    const byAsset = new Map((routes ?? []).map((route) => [route.assetId, route]));
    const chosen = draft.nominee !== undefined || routes === undefined;
    // The draft's own problems (due date, message, a chosen nominee who is the requester) stop everything first.
    const requester = await this.currentUser();
    const issues = validateNomination(draft, requester, this.now()).filter((issue) => chosen || issue.code !== 'nomineeRequired');
    if (issues.length > 0) throw new GovernanceError('Validation', issues.map((issue) => issue.message).join(' '), { issues });
    const now = this.now();
    // Each record with its nominee and message decided before anything is written: a record nobody can decide is
    // reported and never sent.
    const plans = assets.map((asset) => {
      const route = byAsset.get(asset.id);
      const nominee = chosen ? draft.nominee : route?.decider;
      const usable = nominee !== undefined && nominee.id !== requester.id;
      return { asset, nominee: usable ? nominee : undefined, message: route ? routedMessage(draft.message, route) : draft.message };
    });
    const sendable = plans.filter((plan) => plan.nominee !== undefined);
    const created = sendable.length === 0 ? [] : await this.repositories.ownershipRequests.createMany(sendable.map((plan) => buildNomination(plan.asset, { ...draft, message: plan.message, nominee: plan.nominee as PersonRef }, requester, now)));
    const outcome = new Map<number, NominationRow>();
    for (const result of created) {
      const { asset, nominee } = sendable[result.index];
      if (!result.ok) {
        outcome.set(asset.id, { assetId: asset.id, title: asset.title, ok: false, kind: result.error.kind });
        continue;
      }
      // The request stands even if the status cannot be stored now; the leads' recompute job catches up.
      const applied = await applyAssetOwnership(this.repositories, asset.id, now).then(() => undefined, (error: unknown) => error);
      outcome.set(asset.id, { assetId: asset.id, title: asset.title, ok: true, nominee, kind: applied === undefined ? undefined : isGovernanceError(applied) ? applied.kind : 'Unknown' });
    }
    return plans.map(({ asset }) => outcome.get(asset.id) ?? { assetId: asset.id, title: asset.title, ok: false, kind: 'Validation', code: 'noDecider' });
  }

  public async matchingAssets(filters: IInventoryFilterValues, limit: number): Promise<NominationTargets> {
    if (filters.search?.trim()) {
      const found = await inventorySearchAll({ repositories: this.repositories, search: this.listSearch, filters }, limit);
      return { assets: found.slice(0, limit), more: found.length > limit };
    }
    const assets: Stored<DataAsset>[] = [];
    let continuation: string | undefined;
    do {
      const page = await pagePlanned(this.repositories.dataAssets, { clauses: inventoryClauses(filters), orderBy: [{ field: 'id', ascending: false }], top: Math.min(500, limit + 1) }, continuation);
      assets.push(...page.items);
      continuation = page.continuation;
    } while (continuation !== undefined && assets.length <= limit);
    return { assets: assets.slice(0, limit), more: assets.length > limit };
  }

  public async ownershipOf(asset: Stored<DataAsset>): Promise<OwnershipDerivation> {
    return deriveAssetOwnership(this.repositories, asset, this.now());
  }

  /** The requester, once the draft passed core's checks (Validation with issue codes otherwise). */
  private async checked(draft: NominationDraft): Promise<PersonRef> {
    const requester = await this.currentUser();
    const issues = validateNomination(draft, requester, this.now());
    if (issues.length > 0) throw new GovernanceError('Validation', issues.map((issue) => issue.message).join(' '), { issues });
    return requester;
  }
}
