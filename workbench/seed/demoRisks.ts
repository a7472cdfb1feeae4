/**
 * A realistic demo risk register: a few hundred data and AI risks across categories, missions and states (some
 * overdue, some above appetite, some accepted by a lead, some with an expired or unsupported acceptance). Pure
 * generation from the seeded assets and AI systems; `seedRisks.ts` writes it through the production repositories.
 */
import type { LookupRef, PersonRef } from '../../src/core/models/common';
import type { Risk, RiskCategory, RiskStatus } from '../../src/core/models/risk';
import { currentRiskScore, storedRiskScores } from '../../src/core/risk';
import { addUtcMonths } from '../../src/core/validation';
import type { Random } from './random';

/** What a risk is about, in the words a register would use; `{0}` is the linked record's title. */
const TEMPLATES: readonly { category: RiskCategory; title: string; ai?: boolean; likelihood: [number, number]; impact: [number, number]; controls: string }[] = [
  { category: 'Data protection', title: '{0}: personal data shared more widely than its purpose needs', likelihood: [2, 5], impact: [3, 5], controls: 'Sharing reviewed monthly; link expiry enforced.' },
  { category: 'Data protection', title: '{0}: no retention period applied to beneficiary records', likelihood: [3, 5], impact: [2, 4], controls: 'Retention schedule drafted with Legal.' },
  { category: 'Data protection', title: '{0}: processing not recorded in the records of processing', likelihood: [2, 4], impact: [2, 4], controls: 'Focal point completing the entry.' },
  { category: 'Information security', title: '{0}: access not reviewed for more than a year', likelihood: [2, 4], impact: [3, 5], controls: 'Access review scheduled with ICT.' },
  { category: 'Information security', title: '{0}: stored outside the approved platforms', likelihood: [2, 4], impact: [3, 5], controls: 'Migration to SharePoint planned.' },
  { category: 'Data quality', title: '{0}: duplicate and outdated records distort reporting', likelihood: [3, 5], impact: [2, 3], controls: 'Quarterly de-duplication run.' },
  { category: 'Data quality', title: '{0}: no custodian to resolve data quality issues', likelihood: [3, 4], impact: [2, 4], controls: 'Custodian nomination sent.' },
  { category: 'Third party and vendor', title: '{0}: shared with a partner without a data sharing agreement', likelihood: [2, 4], impact: [3, 5], controls: 'Agreement template sent to the partner.' },
  { category: 'Regulatory compliance', title: '{0}: legal basis for processing not documented', likelihood: [2, 4], impact: [3, 4], controls: 'Legal Affairs consulted.' },
  { category: 'Operational', title: '{0}: single person knows how to maintain it', likelihood: [2, 4], impact: [2, 4], controls: 'Handover notes being written.' },
  { category: 'Reputational', title: '{0}: publication could identify vulnerable people', likelihood: [1, 3], impact: [4, 5], controls: 'Disclosure control before publication.' },
  { category: 'AI fairness and bias', title: '{0}: outputs not tested for bias against affected groups', ai: true, likelihood: [2, 4], impact: [3, 5], controls: 'Bias test plan with the vendor.' },
  { category: 'AI transparency and accountability', title: '{0}: no human oversight of decisions the system assists', ai: true, likelihood: [2, 4], impact: [4, 5], controls: 'Oversight roles being assigned.' },
  { category: 'AI transparency and accountability', title: '{0}: people not told they interact with an AI system', ai: true, likelihood: [3, 4], impact: [2, 4], controls: 'Disclosure text drafted.' },
  { category: 'Regulatory compliance', title: '{0}: logs not kept for six months as the AI Act requires of deployers', ai: true, likelihood: [2, 4], impact: [3, 4], controls: 'Log retention configured in the vendor console.' },
  { category: 'Third party and vendor', title: '{0}: vendor may train its models on organisational data', ai: true, likelihood: [2, 4], impact: [3, 5], controls: 'Contract clause under negotiation.' }
];

/** People the generator assigns. */
export interface DemoRiskPeople {
  readonly owners: readonly PersonRef[];
  readonly leads: readonly PersonRef[];
}

/** A generated risk plus what the seeder does next: whether a lead accepts it, and until when. */
export interface DemoRisk {
  readonly risk: Risk;
  /** A lead's acceptance decision to create for it (risks above appetite marked Accepted). */
  readonly acceptance?: { readonly by: PersonRef; readonly expiresOn: string };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86400000);
}

function pickStatus(random: Random): RiskStatus {
  const r = random.next();
  return r < 0.34 ? 'Open' : r < 0.68 ? 'In treatment' : r < 0.84 ? 'Accepted' : 'Closed';
}

/**
 * `count` risks linked to the given assets (and AI systems when there are any), reproducible for a seed. About one
 * in six is overdue, one in twenty has no owner; accepted risks above the appetite get a lead's decision (not the
 * owner's), a few of them already expired, and two are marked Accepted with no decision at all (to be flagged).
 */
export function generateDemoRisks(count: number, assets: readonly LookupRef[], aiSystems: readonly LookupRef[], people: DemoRiskPeople, appetite: number, random: Random, now: Date): DemoRisk[] {
  const templates = aiSystems.length > 0 ? TEMPLATES : TEMPLATES.filter((t) => !t.ai);
  const out: DemoRisk[] = [];
  let unsupported = 0;
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const target = template.ai ? random.pick(aiSystems) : random.pick(assets);
    const likelihood = random.int(...template.likelihood);
    const impact = random.int(...template.impact);
    const assessed = random.chance(0.8);
    // Controls lower one or both axes, never raise them: residual never exceeds inherent.
    const residualLikelihood = assessed ? Math.max(1, likelihood - random.int(0, 2)) : undefined;
    const residualImpact = assessed ? Math.max(1, impact - random.int(0, 1)) : undefined;
    const status = pickStatus(random);
    const owner = random.chance(0.05) ? undefined : random.pick(people.owners);
    // Due dates from four months ago to eight months ahead: the past ones on open risks are overdue.
    const dueDate = isoDay(addDays(now, random.int(-120, 240)));
    const base: Risk = {
      title: template.title.replace('{0}', target.title ?? `#${target.id}`).slice(0, 255),
      description: `Identified during the ${random.pick(['2026 data protection review', 'mission rollout', 'AI registry onboarding', 'internal audit', 'custodian attestation'])}.`,
      category: template.category,
      relatedAsset: template.ai ? undefined : target,
      relatedAISystem: template.ai ? target : undefined,
      likelihood,
      impact,
      residualLikelihood,
      residualImpact,
      controls: template.controls,
      treatment: status === 'Accepted' ? 'Accept' : random.pick(['Mitigate', 'Mitigate', 'Mitigate', 'Transfer', 'Avoid'] as const),
      riskOwner: owner,
      dueDate,
      status,
      lastReviewed: isoDay(addDays(now, -random.int(0, 400)))
    };
    let acceptance: DemoRisk['acceptance'];
    let risk: Risk = { ...base, ...storedRiskScores(base) };
    if (status === 'Accepted') {
      // One in five acceptances has lapsed: those risks show "review" in the register.
      const expiresOn = isoDay(random.chance(0.2) ? addDays(now, -random.int(1, 60)) : addUtcMonths(now, random.int(1, 11)));
      risk = { ...risk, acceptedUntil: expiresOn };
      if (currentRiskScore(base) > appetite) {
        if (unsupported < 2) {
          unsupported++; // marked Accepted by hand, no lead decided: the register flags it
        } else {
          const deciders = people.leads.filter((lead) => lead.id !== owner?.id);
          acceptance = { by: random.pick(deciders), expiresOn };
        }
      }
    }
    out.push({ risk, acceptance });
  }
  return out;
}
