/**
 * The scorecard's AI literacy figures (issue 19 part 4) per region and mission: the AI systems (only the columns the
 * figures read), the Missions reference list (mission -> region), then every system's coverage through the literacy
 * store in one load for all of them (`loadSystemLiteracy`: the measures, the systems' usage rows by MatchedSystem, the
 * measures' acknowledgements), never per system. For an organisation's few hundred systems: five requests (one more per
 * further 50 systems for the usage rows, per further 50 measures for the acknowledgements), in three round trips.
 */
import type { LiteracySystem } from '../../core/literacy/rules';
import { literacyRegionCoverage, type LiteracyPlace, type LiteracyRegionFigures } from '../../core/literacy/regionCoverage';
import type { Repositories } from '../repositories/createRepositories';
import { readAll } from '../query/readMatching';
import { loadSystemLiteracy, type LiteracyRepositories } from './literacyStore';

/** The AISystems columns the figures read. */
export const LITERACY_FIGURE_SYSTEM_FIELDS = ['missions', 'lifecycle', 'verificationState', 'verifiedOn'] as const;

/**
 * Literacy coverage per region, per mission and for the organisation. Retired systems are left out (nobody uses them).
 * A system's classification counts as re-done on the verification date the suite caches on the record (VerifiedOn while
 * VerificationState is Verified), so measures delivered before it no longer count, as in the AI Registry.
 */
export async function loadLiteracyFigures(repositories: LiteracyRepositories & Pick<Repositories, 'missions'>, now: Date): Promise<LiteracyRegionFigures> {
  const [systems, missions] = await Promise.all([
    readAll(repositories.aiSystems, { select: [...LITERACY_FIGURE_SYSTEM_FIELDS] }),
    readAll(repositories.missions, { select: ['title', 'region'] })
  ]);
  const places = new Map<number, LiteracyPlace>(missions.map((m) => [m.id, { region: m.region ?? '', mission: m.title ?? '' }]));
  const inUse = systems.filter((s) => s.lifecycle !== 'Retired');
  const literacySystems: LiteracySystem[] = inUse.map((s) => ({ id: s.id, classifiedOn: s.verificationState === 'Verified' ? s.verifiedOn : undefined }));
  const literacy = await loadSystemLiteracy(repositories, literacySystems, now);
  return literacyRegionCoverage(
    inUse.flatMap((s) => {
      const found = literacy.get(s.id);
      if (!found) return [];
      // Missions missing from the reference list (deleted since) place the system nowhere: organisation-wide.
      const where = (s.missions ?? []).flatMap((ref) => {
        const place = places.get(ref.id);
        return place ? [place] : [];
      });
      return [{ id: s.id, places: where, coverage: found.coverage, measureIds: found.measures.map((m) => m.id) }];
    })
  );
}
