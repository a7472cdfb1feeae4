import type { DataAsset } from '../../src/core/models/dataAsset';
import { ASSET_TYPES, DEFAULT_SENSITIVITY_LEVELS } from '../../src/core/models/dataAsset';
import type { PersonRef } from '../../src/core/models/common';
import { TITLE_TEMPLATES } from './assetTitles';
import { demoLocationUrl } from './demoLocations';
import type { Random } from './random';
import type { SeedReference } from './reference';

/** The shapes of record the demo needs so every screen has something true to show. */
type Profile = 'healthy' | 'stale' | 'unowned' | 'unclassified' | 'personalDataMismatch' | 'pending' | 'sparse';

const PROFILE_WEIGHTS: readonly [Profile, number][] = [
  ['healthy', 34],
  ['stale', 18],
  ['unowned', 12],
  ['unclassified', 10],
  ['personalDataMismatch', 8],
  ['pending', 10],
  ['sparse', 8]
];

const PERSONAL_DATA_DOMAINS = new Set([
  'Migrant protection and assistance', 'Counter-trafficking', 'Migration health assessments', 'Resettlement and movement',
  'Border and identity management', 'Cash-based interventions', 'Return and reintegration', 'Human resources'
]);

export interface DemoAssetPeople {
  /** Candidate owners (accountable managers) and custodians, as site users. */
  readonly owners: readonly PersonRef[];
  readonly custodians: readonly PersonRef[];
}

/** `healthyBoost` scales the share of complete records: regions roll out at different speeds. */
function pickProfile(random: Random, healthyBoost: number): Profile {
  const weights = PROFILE_WEIGHTS.map(([profile, w]): [Profile, number] => [profile, profile === 'healthy' ? w * healthyBoost : w]);
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [profile, weight] of weights) {
    roll -= weight;
    if (roll < 0) return profile;
  }
  return 'healthy';
}

function isoDateMonthsAgo(now: Date, months: number, random: Random): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1 + random.int(0, 27)));
  return date.toISOString().slice(0, 10);
}

/**
 * Generates `count` varied inventory records spread over every mission (each mission gets at least one when
 * count allows, so rollout coverage has a true denominator) with deterministic randomness.
 */
export function generateDemoAssets(count: number, reference: SeedReference, people: DemoAssetPeople, random: Random, now: Date): DataAsset[] {
  const assets: DataAsset[] = [];
  // Every 13th mission has not started its rollout, so "missions onboarded" is below 100% in several regions.
  const missions = reference.missions.filter((_, index) => index % 13 !== 6);
  const regions = Array.from(new Set(missions.map((m) => m.region)));
  // Regions differ in maturity (deterministically): from well ahead to lagging.
  const healthyBoost = new Map(regions.map((region, index) => [region, 0.3 + (1.6 * ((index * 7) % regions.length)) / regions.length]));
  for (let i = 0; i < count; i++) {
    // The first pass gives every rolled-out mission at least one record.
    const mission = i < missions.length ? missions[i] : random.pick(missions);
    const domain = random.pick(reference.domains);
    const profile = pickProfile(random, healthyBoost.get(mission.region) ?? 1);
    const template = random.pick(TITLE_TEMPLATES[domain] ?? ['Programme dataset - {m}']);
    const personal = PERSONAL_DATA_DOMAINS.has(domain) ? random.chance(0.85) : random.chance(0.15);
    const sensitivity = personal
      ? random.pick(['Confidential', 'Highly Confidential'])
      : random.pick(DEFAULT_SENSITIVITY_LEVELS.slice(0, 3));
    const storage = random.pick(reference.storageSystems);
    const siteSlug = `${mission.code.toLowerCase()}-${domain.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-+$/, '')}`;
    const asset: DataAsset = {
      title: template.replace('{m}', mission.mission),
      description: `${domain} records maintained by the ${mission.mission} office for programme delivery and reporting.`,
      assetType: random.pick(ASSET_TYPES),
      domain,
      region: mission.region,
      mission: mission.mission,
      department: random.pick(reference.departments),
      owner: random.pick(people.owners),
      custodian: random.pick(people.custodians),
      storageSystem: storage,
      declaredSensitivity: sensitivity,
      containsPersonalData: personal,
      personalDataCategories: personal ? random.sample(reference.personalDataCategories, random.int(1, 3)) : [],
      dataSubjects: personal ? random.sample(reference.dataSubjects, random.int(1, 2)) : [],
      legalBasis: personal ? random.pick(reference.legalBases) : undefined,
      retentionPeriod: random.pick(['2 years', '5 years', '7 years', '10 years', 'Permanent']),
      lastReviewed: isoDateMonthsAgo(now, random.int(0, 11), random),
      reviewCycleMonths: 12,
      ownershipStatus: 'Confirmed',
      lifecycle: random.chance(0.05) ? 'Archived' : 'Active',
      externalId: `${mission.code}-${String(i + 1).padStart(5, '0')}`
    };
    // After the literal: the location depends on the owner picked above (OneDrive files are the owner's).
    asset.locationUrl = { url: demoLocationUrl(asset.externalId ?? String(i), siteSlug, asset.title, storage, asset.owner?.email), description: storage };
    applyProfile(asset, profile, random, now);
    assets.push(asset);
  }
  return assets;
}

/** Degrades a complete record into the shape its profile asks for. */
function applyProfile(asset: DataAsset, profile: Profile, random: Random, now: Date): void {
  switch (profile) {
    case 'stale':
      asset.lastReviewed = random.chance(0.3) ? undefined : isoDateMonthsAgo(now, random.int(13, 36), random);
      asset.ownershipStatus = random.chance(0.5) ? 'Expired' : 'Confirmed';
      break;
    case 'unowned':
      asset.owner = undefined;
      asset.custodian = undefined;
      asset.ownershipStatus = 'Unassigned';
      break;
    case 'unclassified':
      asset.declaredSensitivity = undefined;
      break;
    case 'personalDataMismatch':
      asset.containsPersonalData = true;
      asset.declaredSensitivity = 'Internal';
      asset.legalBasis = random.chance(0.5) ? undefined : asset.legalBasis;
      break;
    case 'pending':
      asset.ownershipStatus = random.chance(0.8) ? 'Pending' : 'Declined';
      break;
    case 'sparse':
      asset.description = undefined;
      asset.locationUrl = undefined;
      asset.storageSystem = random.chance(0.5) ? undefined : asset.storageSystem;
      asset.retentionPeriod = undefined;
      asset.dataSubjects = [];
      asset.custodian = undefined;
      asset.ownershipStatus = 'Unassigned';
      break;
    default:
      break;
  }
}
