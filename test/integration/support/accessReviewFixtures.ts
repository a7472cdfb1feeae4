/** Shared set-up of the access review integration tests: the service as any user, drafts, plain REST, CSV reading. */
import Papa from 'papaparse';
import type { AccessReviewCampaign, CampaignScope } from '../../../src/core/models/accessReview';
import type { PersonRef } from '../../../src/core/models/common';
import { serialiseCampaignScope } from '../../../src/core/accessReviews';
import { createRepositories, type Repositories } from '../../../src/data/repositories/createRepositories';
import type { IDirectoryReader } from '../../../src/graph/directory/types';
import { AccessReviewService } from '../../../src/webparts/accessReviews/services/AccessReviewService';
import type { CampaignDraft } from '../../../src/webparts/accessReviews/services/IAccessReviewService';
import { USERS, type Harness, type UserKey } from './harness';
import { accessReviewServiceOver } from '../../../src/webparts/accessReviews/services/accessReviewServiceOver';

export const TODAY = new Date();
export const day = (offset: number): string => new Date(TODAY.getTime() + offset * 86400000).toISOString().slice(0, 10);

/** The production service signed in as `user`, over the emulator, with `reader` as the directory. */
export interface ReviewerSession {
  readonly service: AccessReviewService;
  readonly repositories: Repositories;
}

export function reviewService(h: Harness, user: UserKey, reader: IDirectoryReader, retries?: number): ReviewerSession {
  const sp = h.sp(user, retries);
  const repositories = createRepositories(sp, { log: h.log });
  return { service: accessReviewServiceOver(sp, reader, { repositories }), repositories };
}

/** A campaign draft over `scope`, fallback reviewer `fallback`, reviewed by resource owners unless said otherwise. */
export function draft(title: string, scope: CampaignScope, fallback: PersonRef, extra: Partial<AccessReviewCampaign> = {}): CampaignDraft {
  return {
    title,
    scopeKind: scope.kind,
    scope: serialiseCampaignScope(scope),
    reviewerRule: 'Resource owners',
    fallbackReviewer: fallback,
    startDate: day(0),
    dueDate: day(30),
    recurrence: 'One-off',
    undecidedOutcome: 'Keep',
    justificationRequired: true,
    ...extra
  };
}

/** Plain REST as any client could send it, signed in as `user`: bypasses the suite's code entirely. */
export async function rest(h: Harness, user: UserKey, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${h.emulator.siteUrl}/_api/${path}`, {
    method,
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-RequestDigest': 'digest', 'X-Workbench-User': USERS[user].loginName, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? {} : JSON.parse(text) as Record<string, unknown> };
}

/** The rows of a CSV blob as objects keyed by header (BOM removed). */
export async function csvRows(blob: Blob): Promise<Record<string, string>[]> {
  const text = (await blob.text()).replace(/^\ufeff/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Requests the emulator answered since `mark` (an index into `h.requests`). */
export function requestsSince(h: Harness, mark: number): string[] {
  return h.requests.slice(mark);
}
