import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GovernanceError } from '../../src/core/errors';
import { runBatched } from '../../src/graph/client/batching';
import type { GraphBatchRequest, GraphBatchResponse, GraphRequester } from '../../src/graph/client/types';
import { decodeSharingUrl, encodeSharingUrl } from '../../src/graph/labels/sharingUrl';

/** A requester whose batch answers come from a function; everything else fails loudly. */
function fakeRequester(answer: (requests: readonly GraphBatchRequest[], call: number) => GraphBatchResponse[]): GraphRequester & { calls: string[][] } {
  const calls: string[][] = [];
  const refuse = (): Promise<never> => Promise.reject(new Error('not expected in this test'));
  return {
    calls,
    get: refuse, post: refuse, getBlob: refuse,
    batch: async (requests) => {
      calls.push(requests.map((r) => r.id));
      return answer(requests, calls.length);
    }
  };
}

const requests = (n: number): GraphBatchRequest[] => Array.from({ length: n }, (_, i) => ({ id: String(i), method: 'GET', url: `/users/u${i}` }));
const ok = (r: GraphBatchRequest): GraphBatchResponse => ({ id: r.id, status: 200, headers: {}, body: { id: r.url } });

describe('Graph seams', () => {
  it('encodes URLs for /shares as Graph documents it (u! + unpadded base64url) and back', () => {
    const url = 'https://contoso.sharepoint.com/sites/bgd/Shared%20Documents/Données ü?.xlsx';
    const expected = `u!${Buffer.from(url, 'utf8').toString('base64').replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-')}`;
    assert.equal(encodeSharingUrl(url), expected);
    assert.equal(decodeSharingUrl(expected), url);
    assert.equal(decodeSharingUrl('s!abc'), undefined);
  });

  it('a failed batch call fails its own requests only; a missing answer fails only its request', async () => {
    const requester = fakeRequester((chunk, call) => {
      if (call === 2) throw new GovernanceError('Network', 'down');
      return chunk.filter((r) => r.id !== '3').map(ok);
    });
    const run = await runBatched(requester, requests(45));
    assert.deepEqual(requester.calls.map((c) => c.length), [20, 20, 5]);
    assert.equal(run.responses.size, 20 - 1 + 5);
    assert.equal(run.failures.size, 20 + 1);
    assert.equal(run.failures.get('25')?.kind, 'Network');
    assert.equal(run.cancelled, false);
  });

  it('gives up on a sub-request throttled past its retries, as Throttled, without failing the others', async () => {
    const requester = fakeRequester((chunk) => chunk.map((r) => (r.id === '1' ? { id: r.id, status: 429, headers: { 'retry-after': '0' }, body: {} } : ok(r))));
    const run = await runBatched(requester, requests(3), { maxRetries: 2 });
    assert.deepEqual(requester.calls, [['0', '1', '2'], ['1'], ['1']]);
    assert.equal(run.failures.get('1')?.kind, 'Throttled');
    assert.equal(run.responses.size, 2);
  });

  it('stops between calls when cancelled', async () => {
    const controller = new AbortController();
    const requester = fakeRequester((chunk) => { controller.abort(); return chunk.map(ok); });
    const run = await runBatched(requester, requests(60), { signal: controller.signal });
    assert.equal(run.cancelled, true);
    assert.equal(requester.calls.length, 1);
    assert.equal(run.responses.size, 20);
  });

  it('the package requests exactly the least-privilege Graph scopes the services use, no Mail.Send and no write scope', () => {
    const solution = JSON.parse(readFileSync(join(process.cwd(), 'config', 'package-solution.json'), 'utf8')) as { solution: { webApiPermissionRequests: { resource: string; scope: string }[] } };
    const scopes = solution.solution.webApiPermissionRequests.map((r) => `${r.resource}: ${r.scope}`).sort();
    assert.deepEqual(scopes, [
      'Microsoft Graph: Application.Read.All', 'Microsoft Graph: AuditLog.Read.All', 'Microsoft Graph: Files.Read.All', 'Microsoft Graph: GroupMember.Read.All',
      'Microsoft Graph: RoleManagement.Read.Directory', 'Microsoft Graph: SensitivityLabel.Read', 'Microsoft Graph: Sites.Read.All', 'Microsoft Graph: User.Read.All'
    ]);
    // Access reviews read the directory only: removals are decided in the lists, not applied through Graph.
    assert.ok(!scopes.some((s) => /ReadWrite/.test(s)), 'no write scope');
  });
});
