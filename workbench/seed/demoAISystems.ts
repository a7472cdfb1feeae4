/**
 * Seeds the AI registry: a few hundred systems registered and classified by staff and focal points, some verified or
 * returned by a governance lead (never the submitter), through the production repositories so every Author is real.
 */
import { classificationColumns } from '../../src/core/aiRegistry/classificationRecord';
import { reviewPriority } from '../../src/core/aiRegistry/priority';
import type { AISystem, AIApprovalStatus, AILifecycle, AIVerificationState } from '../../src/core/models/aiSystem';
import type { AIVerification } from '../../src/core/models/aiVerification';
import type { LookupRef, PersonRef } from '../../src/core/models/common';
import { addUtcMonths } from '../../src/core/validation';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { AI_SYSTEM_TEMPLATES, type AISystemTemplate } from './aiSystemTemplates';
import type { Random } from './random';

export interface AISeedPeople {
  /** Who registers and classifies systems (staff, focal points, one lead). */
  readonly submitters: readonly PersonRef[];
  /** Governance leads, who verify. */
  readonly leads: readonly PersonRef[];
  /** Business and technical owners. */
  readonly owners: readonly PersonRef[];
}

export interface AISeedSummary {
  readonly systems: number;
  readonly verifications: number;
  readonly failedRows: number;
}

interface PlannedSystem {
  readonly values: AISystem;
  readonly submitter: PersonRef;
  readonly decision?: { readonly lead: PersonRef; readonly decision: 'Verified' | 'Returned'; readonly comment?: string };
}

const LIFECYCLE_BY_TIER: Readonly<Record<string, readonly AILifecycle[]>> = {
  prohibited: ['Proposed', 'Retired'],
  high: ['Proposed', 'Pilot', 'Pilot', 'Production'],
  limited: ['Pilot', 'Production', 'Production'],
  minimal: ['Proposed', 'Pilot', 'Production', 'Production', 'Retired']
};

function approvalFor(tier: string, lifecycle: AILifecycle, random: Random): AIApprovalStatus {
  if (tier === 'prohibited') return 'Rejected';
  if (lifecycle === 'Proposed') return 'Pending review';
  if (random.chance(0.08)) return 'In use without approval';
  if (tier === 'high') return random.pick<AIApprovalStatus>(['Pending review', 'Approved with conditions', 'Approved with conditions', 'Approved']);
  return random.pick<AIApprovalStatus>(['Approved', 'Approved', 'Pending review', 'Approved with conditions']);
}

function pickTemplate(random: Random): AISystemTemplate {
  const total = AI_SYSTEM_TEMPLATES.reduce((sum, t) => sum + t.weight, 0);
  let roll = random.next() * total;
  for (const template of AI_SYSTEM_TEMPLATES) {
    roll -= template.weight;
    if (roll < 0) return template;
  }
  return AI_SYSTEM_TEMPLATES[0];
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function plan(count: number, missions: readonly string[], datasets: readonly LookupRef[], people: AISeedPeople, random: Random, now: Date): PlannedSystem[] {
  const planned: PlannedSystem[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const template = pickTemplate(random);
    const mission = random.pick(missions);
    const base = `${template.title} (${mission})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const columns = classificationColumns(template.profile);
    const lifecycle = random.pick(LIFECYCLE_BY_TIER[columns.riskTier]);
    const submitter = random.pick(people.submitters);
    // Most classified systems are verified; a few are returned; the rest wait, high-risk ones first in the register.
    const roll = random.next();
    const leads = people.leads.filter((l) => l.id !== submitter.id);
    const decision = roll < 0.45 && leads.length > 0
      ? { lead: random.pick(leads), decision: 'Verified' as const }
      : roll < 0.52 && leads.length > 0
        ? { lead: random.pick(leads), decision: 'Returned' as const, comment: 'Please check the Annex III answers with the business owner.' }
        : undefined;
    const state: AIVerificationState = decision ? decision.decision : 'Unverified';
    const values: AISystem = {
      title: n > 1 ? `${base} ${n}` : base,
      description: `${template.purpose} Used by the ${mission} mission.`,
      vendor: random.pick(template.vendors),
      systemType: template.systemType,
      purpose: template.purpose,
      businessOwner: random.pick(people.owners),
      technicalOwner: random.chance(0.7) ? random.pick(people.owners) : undefined,
      department: template.department,
      lifecycle,
      approvalStatus: approvalFor(columns.riskTier, lifecycle, random),
      ...columns,
      applicabilityBasis: random.chance(0.8) ? 'Voluntary alignment' : 'Legally applicable',
      classifiedBy: submitter,
      verificationState: state,
      verifiedBy: decision?.decision === 'Verified' ? decision.lead : undefined,
      verifiedOn: decision?.decision === 'Verified' ? now.toISOString() : undefined,
      reviewPriority: reviewPriority(columns.riskTier, state),
      linkedDataAssets: datasets.length > 0 ? random.sample(datasets, random.int(0, 3)) : undefined,
      dpiaUrl: columns.riskTier === 'high' && random.chance(0.6) ? { url: `https://governance.example.org/dpia/${i + 1}` } : undefined,
      modelCardUrl: random.chance(0.4) ? { url: `https://governance.example.org/model-cards/${i + 1}` } : undefined,
      vendorTermsUrl: random.chance(0.5) ? { url: `https://vendors.example.org/terms/${i + 1}` } : undefined,
      nextReviewDate: isoDay(addUtcMonths(now, random.int(-3, 12)))
    };
    planned.push({ values, submitter, decision });
  }
  return planned;
}

/** Seeds `count` AI systems and their verification decisions; `loginOf` gives each person's login for signing in. */
export async function seedAISystems(
  siteUrl: string,
  people: AISeedPeople,
  loginOf: (person: PersonRef) => string,
  options: { count: number; missions: readonly string[]; random: Random; now: Date; log: (line: string) => void }
): Promise<AISeedSummary> {
  const reader = createRepositories(createNodeSp(siteUrl, { user: loginOf(people.leads[0]) }));
  const assets = await reader.dataAssets.page({ top: 500, orderBy: [{ field: 'id', ascending: true }] });
  const datasets: LookupRef[] = assets.items.map((a) => ({ id: a.id, title: a.title }));
  const planned = plan(options.count, options.missions, datasets, people, options.random, options.now);

  let failedRows = 0;
  const decisions: { lead: PersonRef; item: AIVerification }[] = [];
  // Each submitter registers their own systems, so Author is the submitter as on a tenant.
  for (const submitter of people.submitters) {
    const mine = planned.filter((s) => s.submitter.id === submitter.id);
    if (mine.length === 0) continue;
    const repositories = createRepositories(createNodeSp(siteUrl, { user: loginOf(submitter) }));
    const results = await repositories.aiSystems.createMany(mine.map((s) => s.values), { includeComputed: true });
    // The submitter authors the submission of each classification, as the registry's save does (issue 23).
    const submitted = await repositories.aiSubmissions.createMany(results.flatMap((result) => (result.ok && result.item.profileHash
      ? [{ title: `Submission: ${result.item.title}`.slice(0, 255), system: { id: result.item.id }, profileHash: result.item.profileHash, profile: result.item.classificationProfile }]
      : [])));
    failedRows += submitted.filter((r) => !r.ok).length;
    results.forEach((result, index) => {
      const decision = mine[index].decision;
      if (!result.ok) {
        failedRows++;
      } else if (decision) {
        decisions.push({
          lead: decision.lead,
          item: { title: `${decision.decision}: ${result.item.title}`.slice(0, 255), system: { id: result.item.id }, decision: decision.decision, profileHash: result.item.profileHash ?? '', comment: decision.comment }
        });
      }
    });
  }
  // Each lead authors their own decisions.
  for (const lead of people.leads) {
    const mine = decisions.filter((d) => d.lead.id === lead.id).map((d) => d.item);
    if (mine.length === 0) continue;
    const results = await createRepositories(createNodeSp(siteUrl, { user: loginOf(lead) })).aiVerifications.createMany(mine);
    failedRows += results.filter((r) => !r.ok).length;
  }
  options.log(`seeded ${planned.length} AI systems with ${decisions.length} lead decisions`);
  return { systems: planned.length, verifications: decisions.length, failedRows };
}
