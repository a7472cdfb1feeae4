import { GovernanceError } from '../../core/errors';
import { toGovernanceError } from './toGovernanceError';

/** The shape PnPjs's HttpRequestError.init produces: the body text appended to the message after `::> `. */
function httpError(status: number, body: string): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] X ::> ${body}`), { isHttpRequestError: true, status, statusText: 'X' });
}

const odataError = (code: string, message: string): string => JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });

describe('toGovernanceError', () => {
  it.each([
    [404, 'NotFound'],
    [412, 'Conflict'],
    [429, 'Throttled'],
    [503, 'Throttled'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [400, 'Validation'],
    [500, 'Unknown']
  ])('maps HTTP %i to %s', (status, kind) => {
    const error = toGovernanceError(httpError(status, odataError('-1, Microsoft.SharePoint.SPException', 'server says')));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toBe('server says');
  });

  it('recognises the list view threshold error by its code', () => {
    const error = toGovernanceError(httpError(500, odataError('-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.')));
    expect(error.kind).toBe('ThresholdExceeded');
    expect(error.serverCode).toContain('SPQueryThrottledException');
  });

  it('reads a 429 as throttling although SPRequestThrottledException shares the threshold error\'s HRESULT', () => {
    const error = toGovernanceError(httpError(429, odataError('-2147024860, Microsoft.SharePoint.SPRequestThrottledException', 'The request has been throttled.')));
    expect(error.kind).toBe('Throttled');
  });

  it('handles a retry-exhausted error with no body', () => {
    const error = toGovernanceError(Object.assign(new Error('Retry count exceeded (3) for this request. 429: Too Many Requests;'), { isHttpRequestError: true, status: 429 }));
    expect(error.kind).toBe('Throttled');
  });

  it('maps fetch failures to Network and passes GovernanceErrors through', () => {
    expect(toGovernanceError(new TypeError('fetch failed')).kind).toBe('Network');
    const original = new GovernanceError('Conflict', 'x');
    expect(toGovernanceError(original)).toBe(original);
    expect(toGovernanceError('boom').kind).toBe('Unknown');
  });
});
