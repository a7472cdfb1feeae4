/**
 * DPIAs over the production data layer (PnPjs repositories), used by the Privacy Register in SharePoint, by the
 * workbench against the emulator, and by the workbench seed. Every write validates first (nothing is sent when a rule
 * fails), DPIA updates carry If-Match (a Conflict reaches the form's dialog), and the state column is recomputed from
 * the decision items on every write: it is a cache for filters, never the truth.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { GovernanceError, isGovernanceError, type GovernanceErrorKind } from '../../core/errors';
import type { PersonRef, Stored } from '../../core/models/common';
import type { Risk } from '../../core/models/risk';
import { DATA_PROTECTION_OFFICERS_GROUP, GOVERNANCE_LEADS_GROUP } from '../../core/roles';
import { storedRiskScores } from '../../core/risk';
import { DPIAS_LIST, DPIA_DECISIONS_LIST, RISKS_LIST, type ListDefinition } from '../../core/schema';
import { validateRecord } from '../../core/validation';
import {
  dpiaContentFields, dpiaContentHash, isDpoOpinion, readDpiaContent,
  type Dpia, type DpiaContent, type DpiaDecision, type DpiaDecisionKind, type DpiaDecisionValue
} from '../../core/privacy/dpiaModel';
import { deriveDpiaState, dpiaIssues, type DpiaDeciders, type DpiaStatus } from '../../core/privacy/dpiaRules';
import { draftDpiaContent, riskFromDpiaAction } from '../../core/privacy/dpiaDraft';
import type { ProcessingActivity } from '../../core/privacy/model';
import { routeDpiaValidations, type DpiaRoute } from '../governanceRoles/routeDpia';
import { toGovernanceError } from '../errors';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { SiteDirectory, type ISiteDirectory } from '../people/siteDirectory';
import type { Repositories } from '../repositories/createRepositories';

/** A DPIA with everything its panel shows. */
export interface DpiaRecord {
  readonly dpia: Stored<Dpia>;
  readonly content: DpiaContent;
  readonly activity: Stored<ProcessingActivity>;
  readonly decisions: readonly Stored<DpiaDecision>[];
  readonly status: DpiaStatus;
  readonly deciders: DpiaDeciders;
  /** Link to the DPIA item (what the processing activity's DPIA column holds). */
  readonly url: string;
  /** Who the governance roles ask to validate (issue 19); undefined when the matrix could not be read (`routeError`). */
  readonly route?: DpiaRoute;
  /** Why the route could not be read: only the owner and the leads validate then, and the panel says so. */
  readonly routeError?: GovernanceErrorKind;
}

/** What "Raise as risk" returns: the DPIA as it is now and the risk created (or found already raised). */
export interface RaisedRisk {
  readonly record: DpiaRecord;
  readonly risk: Stored<Risk>;
}

/** The DPIA operations the Privacy Register needs (its container receives them through `IPrivacyService`). */
export interface IDpiaStore {
  /** The signed-in user (site user), to offer "Give opinion" or "Validate". */
  currentUser(): Promise<PersonRef>;
  /** The DPIAs of one processing activity, newest first. */
  dpiasOfActivity(activityId: number): Promise<Stored<Dpia>[]>;
  /** A DPIA with its activity, decisions and derived state. */
  loadDpia(id: number): Promise<DpiaRecord>;
  /** Creates a draft pre-filled from the processing activity and links the activity to it (its DPIA column). */
  createDpia(activityId: number): Promise<DpiaRecord>;
  /** Saves title and sections with If-Match `etag` (Validation: nothing sent; Conflict: someone saved first). */
  saveDpia(id: number, title: string, content: DpiaContent, etag: string): Promise<DpiaRecord>;
  /** Saves, checks every section (Validation: nothing sent) and submits the content for the DPO's opinion. */
  submitDpia(id: number, title: string, content: DpiaContent, etag: string): Promise<DpiaRecord>;
  /** Adds the signed-in user's opinion or validation, naming the content it is made for; the rules say whether it counts. */
  addDecision(id: number, decision: DpiaDecisionValue, comment: string | undefined): Promise<DpiaRecord>;
  /** Raises an action plan item as a Risk Register entry, once: an action already raised returns its risk. */
  raiseActionAsRisk(id: number, actionKey: string): Promise<RaisedRisk>;
}

export interface DpiaStoreOptions {
  /** The site's absolute URL (links to DPIA items). */
  readonly webUrl: () => Promise<string>;
  /** Governance leads' group (the web part's setting); default `Governance Leads`. */
  readonly leadsGroup?: string;
}

function assertValid<T>(list: ListDefinition<T>, record: T): void {
  const issues = validateRecord(list, record, 'create');
  if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
}

function assertContent(content: DpiaContent, mode: 'draft' | 'submit'): void {
  const issues = dpiaIssues(content, mode);
  if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
}

export class DpiaStore implements IDpiaStore {
  public constructor(private readonly repositories: Repositories, private readonly directory: Pick<ISiteDirectory, 'currentUser' | 'groupMemberIds' | 'groupMembers'>, private readonly options: DpiaStoreOptions) {}

  public currentUser(): Promise<PersonRef> {
    return this.directory.currentUser();
  }

  public async dpiasOfActivity(activityId: number): Promise<Stored<Dpia>[]> {
    const page = await this.repositories.dpias.page({ filter: eq(filterField(DPIAS_LIST, 'activity'), activityId), orderBy: [{ field: 'id', ascending: false }], top: 100 });
    return page.items;
  }

  public async loadDpia(id: number): Promise<DpiaRecord> {
    const dpia = await this.repositories.dpias.getById(id);
    const [activity, decisions, url] = await Promise.all([this.repositories.processingActivities.getById(dpia.activity.id), this.decisionsOf(id), this.dpiaUrl(id)]);
    const { deciders, route, routeError } = await this.deciders(activity, dpia);
    return { dpia, content: readDpiaContent(dpia), activity, decisions, status: deriveDpiaState(dpia, decisions, deciders), deciders, url, route, routeError };
  }

  public async createDpia(activityId: number): Promise<DpiaRecord> {
    const activity = await this.repositories.processingActivities.getById(activityId);
    const content = draftDpiaContent(activity);
    const values: Dpia = { title: `DPIA - ${activity.title}`.slice(0, 255), activity: { id: activity.id }, mission: activity.mission, region: activity.region, state: 'Draft', ...dpiaContentFields(content) };
    const record = { ...values, contentHash: dpiaContentHash(values) };
    assertValid(DPIAS_LIST, record);
    const created = await this.repositories.dpias.create(record, { includeComputed: true });
    // The activity names its DPIA (so "DPIA required, none recorded" goes); if that fails, the new DPIA is removed
    // again rather than left unlinked.
    try {
      const url = await this.dpiaUrl(created.id);
      await this.repositories.processingActivities.update(activity.id, { dpiaLink: { url, description: created.title } }, activity.etag, { includeComputed: true });
    } catch (error) {
      await this.repositories.dpias.delete(created.id, created.etag).catch(() => undefined);
      throw error;
    }
    return this.loadDpia(created.id);
  }

  public async saveDpia(id: number, title: string, content: DpiaContent, etag: string): Promise<DpiaRecord> {
    return this.write(id, title, content, etag, 'draft');
  }

  public async submitDpia(id: number, title: string, content: DpiaContent, etag: string): Promise<DpiaRecord> {
    return this.write(id, title, content, etag, 'submit');
  }

  public async addDecision(id: number, decision: DpiaDecisionValue, comment: string | undefined): Promise<DpiaRecord> {
    const [me, current] = await Promise.all([this.directory.currentUser(), this.loadDpia(id)]);
    const kind: DpiaDecisionKind = isDpoOpinion(decision) ? 'DPO opinion' : 'Controller validation';
    const item: DpiaDecision = {
      title: `${kind} on DPIA ${id}`.slice(0, 255),
      dpia: { id },
      kind,
      decision,
      decidedBy: me,
      contentHash: current.status.contentHash,
      dpiaModified: current.dpia.modified,
      comment: comment?.trim() || undefined
    };
    assertValid(DPIA_DECISIONS_LIST, item);
    // The decision first: it is the evidence. The state column is a cache, refreshed after.
    await this.repositories.dpiaDecisions.create(item);
    return this.refreshState(id);
  }

  public async raiseActionAsRisk(id: number, actionKey: string): Promise<RaisedRisk> {
    const current = await this.loadDpia(id);
    const action = current.content.actionPlan.find((a) => a.key === actionKey);
    if (!action) throw new GovernanceError('NotFound', `The DPIA has no action ${actionKey}.`);
    if (action.riskId !== undefined) return { record: current, risk: await this.repositories.risks.getById(action.riskId) };
    const issues = dpiaIssues({ ...current.content, actionPlan: [action] }, 'draft').filter((i) => i.field.startsWith('actionPlan.'));
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    const risk = riskFromDpiaAction(action, current.content, { id, title: current.dpia.title, url: current.url, activity: current.activity });
    assertValid(RISKS_LIST, risk);
    const created = await this.repositories.risks.create({ ...risk, ...storedRiskScores(risk) }, { includeComputed: true });
    // Record the risk on the action with If-Match. Someone else may have raised it (or saved the DPIA) meanwhile:
    // re-read; if the action is raised now, the duplicate is removed; otherwise the id is written on the fresh copy.
    for (let attempt = 0; ; attempt++) {
      const fresh = attempt === 0 ? current : await this.loadDpia(id);
      const freshAction = fresh.content.actionPlan.find((a) => a.key === actionKey);
      if (!freshAction || freshAction.riskId !== undefined) {
        await this.repositories.risks.delete(created.id, created.etag);
        if (!freshAction) throw new GovernanceError('Conflict', 'The action was removed from the DPIA meanwhile.');
        return { record: fresh, risk: await this.repositories.risks.getById(freshAction.riskId as number) };
      }
      const actionPlan = fresh.content.actionPlan.map((a) => (a.key === actionKey ? { ...a, riskId: created.id } : a));
      try {
        // Only the action plan changes, and the fingerprint leaves risk ids out: the decisions still count.
        await this.repositories.dpias.update(id, { actionPlan: dpiaContentFields({ ...fresh.content, actionPlan }).actionPlan }, fresh.dpia.etag);
        return { record: await this.loadDpia(id), risk: created };
      } catch (error) {
        if (!isGovernanceError(error, 'Conflict') || attempt >= 2) {
          await this.repositories.risks.delete(created.id, created.etag).catch(() => undefined);
          throw error;
        }
      }
    }
  }

  /** Validates, writes title and sections with If-Match, then the state the decisions establish for the new content. */
  private async write(id: number, title: string, content: DpiaContent, etag: string, mode: 'draft' | 'submit'): Promise<DpiaRecord> {
    assertContent(content, mode);
    const stored = await this.repositories.dpias.getById(id);
    const fields = dpiaContentFields(content);
    const next: Dpia = { ...stored, title, ...fields };
    const contentHash = dpiaContentHash(next);
    const submittedHash = mode === 'submit' ? contentHash : stored.submittedHash;
    const [activity, decisions] = await Promise.all([this.repositories.processingActivities.getById(stored.activity.id), this.decisionsOf(id)]);
    const { deciders } = await this.deciders(activity, stored);
    // The state the saved DPIA will have (its Modified is now: a change returns it to draft "today").
    const state = deriveDpiaState({ ...stored, ...next, contentHash, submittedHash, modified: new Date().toISOString() }, decisions, deciders).state;
    const patch: Partial<Dpia> = { title, ...fields, contentHash, submittedHash, state };
    assertValid(DPIAS_LIST, { ...stored, ...patch });
    await this.repositories.dpias.update(id, patch, etag, { includeComputed: true });
    return this.loadDpia(id);
  }

  /** Re-derives the state and stores it when the cache differs (retrying once on a concurrent save). */
  private async refreshState(id: number): Promise<DpiaRecord> {
    for (let attempt = 0; ; attempt++) {
      const record = await this.loadDpia(id);
      if (record.dpia.state === record.status.state) return record;
      try {
        await this.repositories.dpias.update(id, { state: record.status.state }, record.dpia.etag, { includeComputed: true });
        return await this.loadDpia(id);
      } catch (error) {
        if (!isGovernanceError(error, 'Conflict') || attempt >= 1) throw error;
      }
    }
  }

  private async decisionsOf(id: number): Promise<Stored<DpiaDecision>[]> {
    const out: Stored<DpiaDecision>[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.repositories.dpiaDecisions.page({ filter: eq(filterField(DPIA_DECISIONS_LIST, 'dpia'), id), orderBy: [{ field: 'id', ascending: true }], top: 500 }, continuation);
      out.push(...page.items);
      continuation = page.continuation;
    } while (continuation);
    return out;
  }

  /**
   * Who may decide: the groups' members, the activity's owner and the Accountable the governance roles route
   * "validate DPIA" to at the activity's mission and region (one read of the matrix). A matrix that cannot be read
   * leaves the route out (the owner and the leads still validate) and says why.
   */
  private async deciders(activity: Stored<ProcessingActivity>, dpia: Stored<Dpia>): Promise<{ deciders: DpiaDeciders; route?: DpiaRoute; routeError?: GovernanceErrorKind }> {
    const routed = routeDpiaValidations(this.repositories, this.directory, [{ id: dpia.id, author: dpia.author, mission: activity.mission, region: activity.region }]).then(
      ([route]) => ({ route, routeError: undefined }),
      (error: unknown) => ({ route: undefined, routeError: toGovernanceError(error).kind })
    );
    const [dpoIds, leadIds, { route, routeError }] = await Promise.all([
      this.directory.groupMemberIds(DATA_PROTECTION_OFFICERS_GROUP),
      this.directory.groupMemberIds(this.options.leadsGroup ?? GOVERNANCE_LEADS_GROUP),
      routed
    ]);
    return { deciders: { dpoIds, leadIds, activityOwner: activity.owner, routedIds: route?.deciderIds }, route, routeError };
  }

  private async dpiaUrl(id: number): Promise<string> {
    const web = (await this.options.webUrl()).replace(/\/+$/, '');
    return `${web}/Lists/${DPIAS_LIST.title}/DispForm.aspx?ID=${id}`;
  }
}

/** The DPIA store of a PnPjs root (one per web part instance): the site's directory for the groups, its URL for links. */
export function createDpiaStore(sp: SPFI, repositories: Repositories, leadsGroup?: string): DpiaStore {
  let webUrl: Promise<string> | undefined;
  return new DpiaStore(repositories, new SiteDirectory(sp), {
    leadsGroup,
    webUrl: () => {
      webUrl = webUrl ?? sp.web.select('Url')<{ Url: string }>().then((web) => web.Url);
      webUrl.catch(() => (webUrl = undefined));
      return webUrl;
    }
  });
}
