import type { PersonRef } from '../../src/core/models/common';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';

/** The demo user with this e-mail as the site user the emulator holds; throws when the seed names someone unknown. */
export function demoPerson(emulator: EmulatorHandle, email: string): PersonRef {
  const demo = DEMO_USERS.find((u) => u.email === email);
  const stored = demo ? emulator.store.getUserByLogin(demo.loginName) : undefined;
  if (!demo || !stored) throw new Error(`seed: no demo user ${email}`);
  return { id: stored.Id, title: demo.title, email: demo.email, loginName: demo.loginName };
}
