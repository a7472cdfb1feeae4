/** A campaign's scope as stored (JSON in the `Scope` column): parsed defensively, since list data is not trusted. */
import type { CampaignScope, CampaignScopeKind } from '../models/accessReview';
import { CAMPAIGN_SCOPE_KINDS } from '../models/accessReview';

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The stored scope, or undefined when it is not valid JSON for `kind` (the UI then says the campaign is damaged). */
export function parseCampaignScope(kind: CampaignScopeKind, json: string | undefined): CampaignScope | undefined {
  if (!CAMPAIGN_SCOPE_KINDS.includes(kind) || !json) return undefined;
  let raw: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    raw = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const scope: CampaignScope = {
    kind,
    groupIds: strings(raw.groupIds),
    region: text(raw.region),
    mission: text(raw.mission),
    appIds: strings(raw.appIds),
    roleIds: strings(raw.roleIds),
    fileName: text(raw.fileName)
  };
  const complete: Readonly<Record<CampaignScopeKind, boolean>> = {
    Groups: (scope.groupIds?.length ?? 0) > 0,
    Region: scope.region !== undefined,
    Guests: true,
    AppRoles: (scope.appIds?.length ?? 0) > 0,
    DirectoryRoles: (scope.roleIds?.length ?? 0) > 0,
    Imported: scope.fileName !== undefined
  };
  return complete[kind] ? scope : undefined;
}

/** The JSON stored for a scope (only the parameters its kind uses). */
export function serialiseCampaignScope(scope: CampaignScope): string {
  return JSON.stringify({ groupIds: scope.groupIds, region: scope.region, mission: scope.mission, appIds: scope.appIds, roleIds: scope.roleIds, fileName: scope.fileName });
}
