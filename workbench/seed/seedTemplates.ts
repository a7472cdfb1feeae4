/**
 * Seeds AssessmentTemplates (issue 18, part 1) as a governance lead, through the same function `npm run provision`
 * runs on a tenant: the three built-in templates, published version 1 in English, French and Spanish.
 */
import { seedTemplates as builtInTemplates } from '../../src/core/assessments/templateSeed';
import { seedAssessmentTemplates } from '../../src/data/assessments/templateStore';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';

/** Returns the rows that failed (0: a failure throws, as the provisioning tool's does). */
export async function seedTemplates(emulator: EmulatorHandle, options: { log: (line: string) => void }): Promise<number> {
  const lead = DEMO_USERS.find((u) => u.role === 'lead')!;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  const added = await seedAssessmentTemplates(repos, builtInTemplates());
  options.log(`seeded ${added} assessment templates`);
  return 0;
}
