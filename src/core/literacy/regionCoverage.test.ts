import type { Stored } from '../models/common';
import { literacyCoverage, literacyRegionCoverage, type LiteracyMeasure, type LiteracyPlace, type LiteracyRegionSystem, type LiteracyScopeFigures, type LiteracyUsageRow } from './index';

const now = new Date('2026-06-15T10:00:00Z');
const usage = (department: string, users: number): LiteracyUsageRow => ({ department, users, periodStart: '2026-05-01', periodEnd: '2026-05-31' });

let nextId = 100;
function measure(systemIds: number[], values: Partial<LiteracyMeasure> = {}): Stored<LiteracyMeasure> {
  return { id: nextId++, etag: '"1"', title: 'Prompting safely', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: systemIds.map((id) => ({ id })), deliveredOn: '2026-03-01', refreshMonths: 12, ...values };
}

/** A system with its coverage computed by the real rules from its measures and usage rows. */
function system(id: number, places: LiteracyPlace[], measures: Stored<LiteracyMeasure>[], rows: LiteracyUsageRow[]): LiteracyRegionSystem {
  const mine = measures.filter((m) => (m.coveredSystems ?? []).some((ref) => ref.id === id));
  return { id, places, coverage: literacyCoverage({ id }, mine, [], rows, now), measureIds: mine.map((m) => m.id) };
}

const kenya: LiteracyPlace = { region: 'East Africa', mission: 'Kenya' };
const uganda: LiteracyPlace = { region: 'East Africa', mission: 'Uganda' };
const peru: LiteracyPlace = { region: 'South America', mission: 'Peru' };

describe('literacyRegionCoverage', () => {
  // System 1 (Kenya): Finance covered (30 of 40 users). System 2 (Uganda, Peru): its only measure lapsed (gap), 60 users.
  // System 3 (no mission): a current measure for a mission audience and no usage (no users known). System 4 (Peru): no measure.
  const finance = measure([1], { audienceValues: 'Finance' });
  const lapsed = measure([2], { title: 'Chatbot basics', deliveredOn: '2025-01-10', refreshMonths: 12, audienceValues: 'Programmes' });
  const byMission = measure([3], { audienceKind: 'Missions', audienceValues: 'Kenya' });
  const measures = [finance, lapsed, byMission];
  const systems = [
    system(1, [kenya], measures, [usage('Finance', 30), usage('Logistics', 10)]),
    system(2, [uganda, peru], measures, [usage('Programmes', 60)]),
    system(3, [], measures, []),
    system(4, [peru], measures, [usage('Finance', 5)])
  ];
  const figures = literacyRegionCoverage(systems);
  const row = (region: string): LiteracyScopeFigures | undefined => figures.regions.find((r) => r.region === region);

  it('counts per region the systems used there, those with a current measure, those with a gap and the users covered', () => {
    expect(figures.regions.map((r) => r.region)).toEqual(['East Africa', 'South America', '']);
    expect(row('East Africa')).toEqual({ region: 'East Africa', systems: 2, withCurrentMeasure: 1, withGap: 2, noUsersKnown: 0, users: 100, coveredUsers: 30, coverage: 0.3 });
    expect(row('South America')).toEqual({ region: 'South America', systems: 2, withCurrentMeasure: 0, withGap: 2, noUsersKnown: 0, users: 65, coveredUsers: 0, coverage: 0 });
  });

  it('treats a lapsed measure as a gap, not as coverage', () => {
    const two = systems[1].coverage;
    expect(two.current).toEqual([]);
    expect(two.gaps.map((g) => g.kind)).toEqual(['lapsed', 'departmentsNotCovered']);
    expect(figures.missions.find((m) => m.mission === 'Uganda')).toMatchObject({ systems: 1, withCurrentMeasure: 0, withGap: 1, users: 60, coveredUsers: 0, coverage: 0 });
  });

  it('puts a system with no mission in the organisation-wide row, and one with no users known adds no users', () => {
    expect(row('')).toEqual({ region: '', systems: 1, withCurrentMeasure: 1, withGap: 0, noUsersKnown: 1, users: 0, coveredUsers: 0, coverage: undefined });
  });

  it('counts each system once in the organisation total, however many regions use it', () => {
    expect(figures.total).toEqual({ systems: 4, withCurrentMeasure: 2, withGap: 3, noUsersKnown: 1, users: 105, coveredUsers: 30, coverage: 30 / 105 });
    expect(figures.measures).toBe(3);
  });

  it('lists per mission by region, a system once per mission however often it names it', () => {
    const twice = literacyRegionCoverage([system(1, [kenya, kenya, uganda], measures, [usage('Finance', 30)])]);
    expect(twice.missions.map((m) => [m.region, m.mission, m.systems])).toEqual([['East Africa', 'Kenya', 1], ['East Africa', 'Uganda', 1]]);
    expect(twice.regions).toEqual([expect.objectContaining({ region: 'East Africa', systems: 1, users: 30, coveredUsers: 30, coverage: 1 })]);
    expect(figures.missions.map((m) => m.mission)).toEqual(['Kenya', 'Uganda', 'Peru']);
  });

  it('has no coverage and no measures when nothing is recorded', () => {
    const none = literacyRegionCoverage([system(9, [peru], [], [])]);
    expect(none.measures).toBe(0);
    expect(none.total).toEqual({ systems: 1, withCurrentMeasure: 0, withGap: 1, noUsersKnown: 1, users: 0, coveredUsers: 0, coverage: undefined });
    expect(literacyRegionCoverage([])).toEqual({ regions: [], missions: [], total: { systems: 0, withCurrentMeasure: 0, withGap: 0, noUsersKnown: 0, users: 0, coveredUsers: 0, coverage: undefined }, measures: 0 });
  });
});
