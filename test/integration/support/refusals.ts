import assert from 'node:assert/strict';
import { isGovernanceError } from '../../../src/core/errors';

/** For `assert.rejects`: the call was refused with a Validation error whose first issue has this code. */
export function refusedWith(code: string): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(isGovernanceError(e, 'Validation'), `expected Validation, got ${String(e)}`);
    assert.equal(e.issues[0]?.code, code);
    return true;
  };
}
