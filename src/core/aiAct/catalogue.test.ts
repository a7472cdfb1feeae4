import { ANNEX_III_USES, DEROGATIONS, PROHIBITED_PRACTICES, TRANSPARENCY_TRIGGERS } from './catalogue';
import { ANNEX_III_USE_IDS, DEROGATION_IDS, PROHIBITED_PRACTICE_IDS, TRANSPARENCY_TRIGGER_IDS } from './types';

describe('AI Act catalogues', () => {
  it('list every id once, in the id order', () => {
    expect(PROHIBITED_PRACTICES.map((entry) => entry.id)).toEqual([...PROHIBITED_PRACTICE_IDS]);
    expect(ANNEX_III_USES.map((entry) => entry.id)).toEqual([...ANNEX_III_USE_IDS]);
    expect(DEROGATIONS.map((entry) => entry.id)).toEqual([...DEROGATION_IDS]);
    expect(TRANSPARENCY_TRIGGERS.map((entry) => entry.id)).toEqual([...TRANSPARENCY_TRIGGER_IDS]);
  });

  it('cite Art. 5(1) points (a) to (h) in order', () => {
    expect(PROHIBITED_PRACTICES.map((entry) => entry.citation)).toEqual('abcdefgh'.split('').map((point) => `Art. 5(1)(${point})`));
  });

  it('derive each Annex III citation from its area and point', () => {
    for (const use of ANNEX_III_USES) {
      expect(use.id).toBe(`${use.area}${use.point ?? ''}`);
      expect(use.citation).toBe(use.point === undefined ? `Annex III ${use.area}` : `Annex III ${use.area}(${use.point})`);
      expect(use.description.length).toBeGreaterThan(10);
    }
  });

  it('name the migration, asylum and border area precisely', () => {
    const migration = ANNEX_III_USES.filter((use) => use.area === 7);
    expect(migration.map((use) => use.areaName)).toEqual(Array(4).fill('Migration, asylum and border control management'));
    expect(migration[1].description).toMatch(/security risk.*irregular migration.*health risk/);
    expect(migration[2].description).toMatch(/asylum, visas or residence permits/);
    expect(migration[3].description).toMatch(/except verifying travel documents/);
  });

  it('cite Art. 6(3) points and Art. 50 paragraphs', () => {
    expect(DEROGATIONS.map((entry) => entry.citation)).toEqual(['Art. 6(3)(a)', 'Art. 6(3)(b)', 'Art. 6(3)(c)', 'Art. 6(3)(d)']);
    expect(TRANSPARENCY_TRIGGERS.map((entry) => entry.citation)).toEqual(['Art. 50(1)', 'Art. 50(2)', 'Art. 50(3)', 'Art. 50(4)', 'Art. 50(4)']);
  });
});
