import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { findMissionByCode, MISSIONS, REGIONS } from './missions';
import { AI_SYSTEM_EXAMPLES, DATA_SUBJECTS, DEPARTMENTS, DOMAINS, LEGAL_BASES, PERSONAL_DATA_CATEGORIES, SENSITIVITY_LEVELS, STORAGE_SYSTEMS } from './vocabularies';

describe('missions reference', () => {
  it('holds every mission of the source list with a unique code (ISO3, HQ for headquarters)', () => {
    expect(MISSIONS).toHaveLength(187);
    const codes = MISSIONS.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    codes.forEach((c) => expect(c).toMatch(/^([A-Z]{3}|HQ)$/));
    expect(findMissionByCode('HQ')?.region).toBe('Headquarters');
    MISSIONS.forEach((m) => {
      expect(m.region.length).toBeGreaterThan(0);
      expect(m.regionalOffice.length).toBeGreaterThan(0);
      expect(m.mission.length).toBeGreaterThan(0);
    });
  });

  it('keeps quoted regions and accented names intact', () => {
    expect(REGIONS).toContain('Central America, North America and the Caribbean');
    expect(REGIONS).toHaveLength(10);
    expect(findMissionByCode('civ')?.mission).toBe("Côte d'Ivoire");
    expect(findMissionByCode('BGD')).toEqual({ region: 'Asia and the Pacific', regionalOffice: 'Bangkok', mission: 'Bangladesh', code: 'BGD' });
    expect(findMissionByCode('XXX')).toBeUndefined();
  });
});

describe('vocabularies', () => {
  it('ranks the sensitivity levels in the order of the default taxonomy', () => {
    expect(SENSITIVITY_LEVELS.map((s) => s.name)).toEqual([...DEFAULT_SENSITIVITY_LEVELS]);
    expect(SENSITIVITY_LEVELS.map((s) => s.rank)).toEqual([0, 1, 2, 3]);
  });

  it('has non-empty, duplicate-free lists', () => {
    for (const list of [DEPARTMENTS, DOMAINS, STORAGE_SYSTEMS, PERSONAL_DATA_CATEGORIES, DATA_SUBJECTS, LEGAL_BASES]) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set<string>(list).size).toBe(list.length);
    }
    expect(DEPARTMENTS).toHaveLength(17);
    expect(PERSONAL_DATA_CATEGORIES).toContain("Children's data");
  });

  it('describes AI system examples with Annex III points', () => {
    expect(AI_SYSTEM_EXAMPLES).toHaveLength(12);
    AI_SYSTEM_EXAMPLES.forEach((e) => e.annexIII.forEach((p) => expect(p).toMatch(/^[1-8][a-h]$/)));
  });
});
