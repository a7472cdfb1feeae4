/**
 * The framework crosswalk's demo state (issue 18, part 3): the seed controls and mappings in FrameworkControls, written
 * by a governance lead as provisioning's seed would, and evidence a lead recorded: a few organisation-wide items (the
 * AI policy, the RACI, the AI literacy programme, the registry itself) and system evidence on a few seeded AI
 * systems, so their coverage shows full for some frameworks and partial for others.
 */
import type { ControlEvidenceRecord } from '../../src/core/frameworks/records';
import { seedCrosswalk } from '../../src/core/frameworks/seed';
import type { AISystem } from '../../src/core/models/aiSystem';
import type { Stored } from '../../src/core/models/common';
import { seedFrameworkControls } from '../../src/data/frameworks/crosswalk';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';

const EVIDENCE_SITE = 'https://governance.example.org/evidence';

/** Organisation-wide evidence: counts for every system. */
const ORGANISATION: readonly ControlEvidenceRecord[] = [
  { title: 'AI policy of the Organisation (approved)', controlKey: 'iso42001:A.2.2', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/ai-policy` } },
  { title: 'Data and AI governance RACI', controlKey: 'nistAiRmf:GOVERN 2.1', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/raci` } },
  { title: 'AI literacy programme: completion records', controlKey: 'euAiAct:Art. 4', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/ai-literacy` } },
  { title: 'AI Registry (inventory of AI systems)', controlKey: 'nistAiRmf:GOVERN 1.6', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/ai-registry` } }
];

/** Evidence per system, by the seed template its title starts with. */
const BY_TEMPLATE: readonly { readonly template: string; readonly evidence: readonly Omit<ControlEvidenceRecord, 'system'>[] }[] = [
  {
    template: 'Irregular-migration risk scoring at border crossings',
    evidence: [
      { title: 'Human oversight roster and training', controlKey: 'euAiAct:Art. 26(2)', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/border-scoring/oversight` } },
      { title: 'Log retention configuration (12 months)', controlKey: 'euAiAct:Art. 26(6)', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/border-scoring/logs` } },
      { title: 'Fundamental-rights impact assessment', controlKey: 'euAiAct:Art. 27', kind: 'Assessment item', reference: 'FRIA 2026-014, section 3 (completed)' }
    ]
  },
  {
    template: 'Staff chat assistant',
    evidence: [
      { title: 'Chat banner telling users they talk to an AI', controlKey: 'euAiAct:Art. 50(1)', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/chat-assistant/banner` } },
      { title: 'Production monitoring dashboard', controlKey: 'nistAiRmf:MEASURE 2.4', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/chat-assistant/monitoring` } }
    ]
  },
  {
    template: 'Displacement forecasting model',
    evidence: [
      { title: 'Model technical documentation', controlKey: 'euAiAct:Art. 11', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/forecasting/technical-documentation` } },
      { title: 'Event logging design', controlKey: 'euAiAct:Art. 12', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/forecasting/logging` } },
      { title: 'Validation report on held-out years', controlKey: 'iso42001:A.6.2.4', kind: 'Link', evidenceLink: { url: `${EVIDENCE_SITE}/forecasting/validation` } }
    ]
  }
];

/** Systems per template that get evidence. */
const SYSTEMS_PER_TEMPLATE = 3;

/** Seeds the crosswalk and the evidence; returns the rows that failed. Idempotent: evidence only into an empty list. */
export async function seedFrameworks(emulator: EmulatorHandle, options: { log: (line: string) => void }): Promise<number> {
  const lead = DEMO_USERS.find((u) => u.role === 'lead')!;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  const added = await seedFrameworkControls(repos, seedCrosswalk());
  if ((await repos.controlEvidence.count()) > 0) {
    options.log(`seeded ${added} framework controls (evidence already there)`);
    return 0;
  }
  const systems = (await repos.aiSystems.page({ top: 500, orderBy: [{ field: 'id', ascending: true }], select: ['title', 'verificationState'] })).items;
  const items: ControlEvidenceRecord[] = [...ORGANISATION];
  for (const { template, evidence } of BY_TEMPLATE) {
    const chosen: Stored<AISystem>[] = systems.filter((s) => s.title.startsWith(template)).slice(0, SYSTEMS_PER_TEMPLATE);
    for (const system of chosen) items.push(...evidence.map((e) => ({ ...e, system: { id: system.id, title: system.title } })));
  }
  const results = await repos.controlEvidence.createMany(items);
  const failed = results.filter((r) => !r.ok).length;
  options.log(`seeded ${added} framework controls and ${items.length - failed} pieces of evidence${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
