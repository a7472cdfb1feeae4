import { spfi, type SPFI } from '@pnp/sp';
import { GovernanceError, isGovernanceError } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import { buildNomination, isRunNomination, validateNomination, type NominationDraft, type OwnershipDerivation } from '../../../core/ownership';
import { OWNERSHIP_REQUESTS_LIST } from '../../../core/schema';
import { eq } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import { applyAssetOwnership, currentPerson, deriveAssetOwnership, loadAll } from '../../../data/ownership';
import { NOMINATION_REFUSED } from '../../../data/ownership/nominateCustodians';
import { pagePlanned } from '../../../data/query/pagePlanned';
import { RetryUnappliedOnly } from '../../../data/sp/retryUnapplied';
import { createRepositories, type Repositories } from '../../../data/repositories/createRepositories';
import type { IInventoryFilterValues } from '../../../ui/filterTypes';
import type { INominationService, NominationRow, NominationTargets } from '../../../ui/ownership/INominationService';
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

  public async nominate(asset: Stored<DataAsset>, draft: NominationDraft): Promise<Stored<DataAsset>> {
    const requester = await this.checked(draft);
    const nominee = draft.nominee as PersonRef;
    const now = this.now();
    const requestsOf = (): Promise<Stored<OwnershipRequest>[]> => loadAll(this.repositories.ownershipRequests, { filter: eq(filterField(OWNERSHIP_REQUESTS_LIST, 'asset'), asset.id) });
    const known = new Set((await requestsOf()).map((request) => request.id));
    try {
      await this.writes.ownershipRequests.create(buildNomination(asset, { ...draft, nominee }, requester, now));
    } catch (error) {
      if (isGovernanceError(error) && NOMINATION_REFUSED.includes(error.kind)) throw error;
      // The answer never came (lost, network drop, 504): the request may exist. Reporting a failure would make the
      // user nominate again and create a second one, so look first; only a request proven absent is a failure.
      const found = await requestsOf().catch(() => []);
      if (!found.some((request) => isRunNomination(request, asset.id, nominee, known, now))) throw error;
    }
    return (await applyAssetOwnership(this.repositories, asset.id, this.now())).asset;
  }

  public async nominateMany(assets: readonly Stored<DataAsset>[], draft: NominationDraft): Promise<NominationRow[]> {
    const requester = await this.checked(draft);
    const now = this.now();
    const created = await this.repositories.ownershipRequests.createMany(assets.map((asset) => buildNomination(asset, { ...draft, nominee: draft.nominee as PersonRef }, requester, now)));
    const rows: NominationRow[] = [];
    for (const result of created) {
      const asset = assets[result.index];
      if (!result.ok) {
        rows.push({ assetId: asset.id, title: asset.title, ok: false, kind: result.error.kind });
        continue;
      }
      // The request stands even if the status cannot be stored now; the leads' recompute job catches up.
      const applied = await applyAssetOwnership(this.repositories, asset.id, now).then(() => undefined, (error: unknown) => error);
      rows.push({ assetId: asset.id, title: asset.title, ok: true, kind: applied === undefined ? undefined : isGovernanceError(applied) ? applied.kind : 'Unknown' });
    }
    return rows;
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
