/** The New campaign form's values, their checks and the draft they make (pure). */
import type { CheckedAccessFile } from '../../../core/accessReviews';
import { serialiseCampaignScope } from '../../../core/accessReviews';
import type { CampaignRecurrence, CampaignScopeKind, ReviewerRule, UndecidedOutcome } from '../../../core/models/accessReview';
import type { PersonRef } from '../../../core/models/common';
import { parseIsoDate, utcDayNumber } from '../../../core/validation/isoDate';
import type { DirectoryGroup } from '../../../graph/directory/types';
import type { CampaignDraft } from '../services/IAccessReviewService';
import { addDays, isoDay } from './accessText';

/** What opens the form pre-filled (e.g. "Start a review" on a stale group). */
export interface CampaignFormInitial {
  readonly name?: string;
  readonly scopeKind?: CampaignScopeKind;
  readonly groups?: readonly DirectoryGroup[];
}

export interface CampaignFormValues {
  name: string;
  description: string;
  scopeKind: CampaignScopeKind;
  groups: readonly DirectoryGroup[];
  region: string;
  mission: string;
  appIds: readonly string[];
  roleIds: readonly string[];
  file?: { readonly name: string; readonly checked: CheckedAccessFile };
  reviewerRule: ReviewerRule;
  namedReviewers: readonly PersonRef[];
  fallbackReviewer?: PersonRef;
  startDate: string;
  dueDate: string;
  recurrence: CampaignRecurrence;
  undecidedOutcome: UndecidedOutcome;
  justificationRequired: boolean;
}

export type CampaignFormField = 'name' | 'scope' | 'namedReviewers' | 'fallbackReviewer' | 'startDate' | 'dueDate';

export function initialValues(initial: CampaignFormInitial, today: Date): CampaignFormValues {
  return {
    name: initial.name ?? '', description: '', scopeKind: initial.scopeKind ?? 'Groups', groups: initial.groups ?? [], region: '', mission: '',
    appIds: [], roleIds: [], reviewerRule: 'Resource owners', namedReviewers: [], startDate: isoDay(today), dueDate: isoDay(addDays(today, 28)),
    recurrence: 'One-off', undecidedOutcome: 'Take recommendation', justificationRequired: false
  };
}

/** True when the chosen scope names something to review (and an imported file is usable). */
function scopeComplete(v: CampaignFormValues): boolean {
  switch (v.scopeKind) {
    case 'Groups': return v.groups.length > 0;
    case 'Region': return v.region.trim() !== '';
    case 'Guests': return true;
    case 'AppRoles': return v.appIds.length > 0;
    case 'DirectoryRoles': return v.roleIds.length > 0;
    case 'Imported': return v.file !== undefined && v.file.checked.problem === undefined && v.file.checked.rows.length > 0;
  }
}

/** Each field's problem, as a key of the strings' `FormIssues` map. */
export function validateCampaign(v: CampaignFormValues): Partial<Record<CampaignFormField, string>> {
  const issues: Partial<Record<CampaignFormField, string>> = {};
  if (!v.name.trim()) issues.name = 'nameRequired';
  if (!scopeComplete(v)) issues.scope = v.scopeKind === 'Imported' ? 'fileRequired' : 'scopeRequired';
  if (v.reviewerRule === 'Named people' && v.namedReviewers.length === 0) issues.namedReviewers = 'namedRequired';
  if (!v.fallbackReviewer) issues.fallbackReviewer = 'fallbackRequired';
  const start = parseIsoDate(v.startDate);
  const due = parseIsoDate(v.dueDate);
  if (!start) issues.startDate = 'dateRequired';
  if (!due) issues.dueDate = 'dateRequired';
  else if (start && utcDayNumber(due) <= utcDayNumber(start)) issues.dueDate = 'dueAfterStart';
  return issues;
}

export function toDraft(v: CampaignFormValues): CampaignDraft {
  const scope = serialiseCampaignScope({
    kind: v.scopeKind,
    groupIds: v.scopeKind === 'Groups' ? v.groups.map((g) => g.id) : undefined,
    region: v.scopeKind === 'Region' ? v.region.trim() : undefined,
    mission: v.scopeKind === 'Region' ? v.mission.trim() || undefined : undefined,
    appIds: v.scopeKind === 'AppRoles' ? v.appIds : undefined,
    roleIds: v.scopeKind === 'DirectoryRoles' ? v.roleIds : undefined,
    fileName: v.scopeKind === 'Imported' ? v.file?.name : undefined
  });
  return {
    title: v.name.trim(),
    description: v.description.trim() || undefined,
    scopeKind: v.scopeKind,
    scope,
    reviewerRule: v.reviewerRule,
    namedReviewers: v.reviewerRule === 'Named people' ? [...v.namedReviewers] : undefined,
    fallbackReviewer: v.fallbackReviewer as PersonRef,
    startDate: v.startDate,
    dueDate: v.dueDate,
    recurrence: v.recurrence,
    undecidedOutcome: v.undecidedOutcome,
    justificationRequired: v.justificationRequired,
    region: v.scopeKind === 'Region' ? v.region.trim() : undefined
  };
}
