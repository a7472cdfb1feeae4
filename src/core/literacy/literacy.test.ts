import type { PersonRef, Stored } from '../models/common';
import { LITERACY_ACKNOWLEDGEMENTS_LIST, LITERACY_MEASURES_LIST } from '../schema';
import {
  addMonthsIso,
  judgeAcknowledgement,
  literacyCoverage,
  measureState,
  validateMeasure,
  type LiteracyAcknowledgement,
  type LiteracyMeasure,
  type LiteracyUsageRow
} from './index';

const now = new Date('2026-06-15T10:00:00Z');
const person = (id: number, alias: string): PersonRef => ({ id, title: alias, email: `${alias}@governance.example.org` });
const amina = person(11, 'amina.diallo');
const jonas = person(12, 'jonas.weber');
const carlos = person(13, 'carlos.ruiz');

let nextId = 1;
function measure(values: Partial<LiteracyMeasure>): Stored<LiteracyMeasure> {
  return { id: nextId++, etag: '"1"', title: 'Prompting safely', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: 7 }], deliveredOn: '2026-03-01', refreshMonths: 12, ...values };
}
function ack(m: Stored<LiteracyMeasure>, named: PersonRef, author: PersonRef | undefined, created = '2026-04-01T09:00:00Z'): Stored<LiteracyAcknowledgement> {
  return { id: nextId++, etag: '"1"', title: 'ack', measure: { id: m.id }, person: named, author, created };
}
const usage = (department: string, users: number, periodEnd = '2026-05-31'): LiteracyUsageRow => ({ department, users, periodStart: `${periodEnd.slice(0, 8)}01`, periodEnd });

describe('literacy lists', () => {
  it('lets only leads write measures and makes acknowledgements add-only, authored per item', () => {
    expect(LITERACY_MEASURES_LIST.access).toBe('leadsWrite');
    expect(LITERACY_ACKNOWLEDGEMENTS_LIST.access).toBe('appendOnly');
    expect(LITERACY_ACKNOWLEDGEMENTS_LIST.itemLevelSecurity).toEqual({ read: 'all', write: 'own' });
  });
});

describe('measure state', () => {
  it('is current from delivery until delivery + refresh interval, then lapsed on that day', () => {
    expect(measureState(measure({ deliveredOn: '2025-06-16', refreshMonths: 12 }), now)).toEqual({ current: true, lapsesOn: '2026-06-16' });
    expect(measureState(measure({ deliveredOn: '2025-06-15', refreshMonths: 12 }), now)).toEqual({ current: false, reason: 'lapsed', lapsedOn: '2026-06-15' });
    expect(measureState(measure({ deliveredOn: '2026-01-10', refreshMonths: 3 }), now)).toEqual({ current: false, reason: 'lapsed', lapsedOn: '2026-04-10' });
  });
  it('is not current before delivery or without a date, and uses 12 months when the interval is missing', () => {
    expect(measureState(measure({ deliveredOn: '2026-06-16' }), now)).toEqual({ current: false, reason: 'notDelivered' });
    expect(measureState(measure({ deliveredOn: undefined }), now)).toEqual({ current: false, reason: 'notDelivered' });
    expect(measureState(measure({ deliveredOn: '2025-07-01', refreshMonths: undefined }), now)).toMatchObject({ current: true, lapsesOn: '2026-07-01' });
  });
  it('clamps month ends', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
  });
});

describe('acknowledgements', () => {
  const named = measure({ audienceKind: 'Named people', audiencePeople: [amina, jonas], audienceValues: undefined });
  it('count when their Author is the person they name, after delivery, for a current measure', () => {
    expect(judgeAcknowledgement(ack(named, amina, amina), named, now)).toEqual({ counts: true });
  });
  it('do not count when someone else authored them, even naming the person', () => {
    expect(judgeAcknowledgement(ack(named, amina, jonas), named, now)).toEqual({ counts: false, reason: 'notEligible' });
    expect(judgeAcknowledgement(ack(named, amina, undefined), named, now)).toEqual({ counts: false, reason: 'missingAuthor' });
  });
  it('do not count before the delivery or for a lapsed measure', () => {
    expect(judgeAcknowledgement(ack(named, amina, amina, '2026-02-27T09:00:00Z'), named, now)).toEqual({ counts: false, reason: 'tooEarly' });
    const lapsed = measure({ audienceKind: 'Named people', audiencePeople: [amina], deliveredOn: '2024-01-01' });
    expect(judgeAcknowledgement(ack(lapsed, amina, amina, '2024-02-01T00:00:00Z'), lapsed, now)).toEqual({ counts: false, reason: 'measureNotCurrent' });
    expect(judgeAcknowledgement(ack(named, amina, amina), undefined, now)).toEqual({ counts: false, reason: 'unknownMeasure' });
  });
});

describe('coverage from usage monitoring', () => {
  const rows = [usage('Finance', 30), usage('Programmes', 60), usage('HR', 10), usage('HR', 500, '2026-04-30'), usage('Finance', 5)];
  it('weights departments by their users in the latest period and names those not covered', () => {
    const result = literacyCoverage({ id: 7 }, [measure({ audienceValues: 'finance\nHR' })], [], rows, now);
    expect(result.basis).toBe('usage');
    // Finance 35 + HR 10 (its latest period, not April's 500) of 105.
    expect(result).toMatchObject({ total: 105, covered: 45, percent: 43 });
    expect(result.gaps).toEqual([{ kind: 'departmentsNotCovered', departments: ['Programmes'], users: 60 }]);
  });
  it('has no gap once every department is targeted by a current measure', () => {
    const result = literacyCoverage({ id: 7 }, [measure({ audienceValues: 'Finance\nHR' }), measure({ audienceValues: 'Programmes', title: 'Workshop' })], [], rows, now);
    expect(result).toMatchObject({ percent: 100, gaps: [] });
  });
  it('ignores measures for other systems and says when there is none', () => {
    const result = literacyCoverage({ id: 7 }, [measure({ coveredSystems: [{ id: 8 }] })], [], rows, now);
    expect(result.percent).toBe(0);
    expect(result.gaps.map((g) => g.kind)).toEqual(['noMeasure', 'departmentsNotCovered']);
  });
  it('reports a lapsed measure with the date it lapsed', () => {
    const result = literacyCoverage({ id: 7 }, [measure({ title: 'Old briefing', audienceValues: 'Finance\nHR\nProgrammes', deliveredOn: '2025-01-20' })], [], rows, now);
    expect(result.percent).toBe(0);
    expect(result.gaps[0]).toEqual({ kind: 'lapsed', measure: 'Old briefing', since: '2026-01-20' });
  });
  it('stops counting a measure delivered before the system was reclassified', () => {
    const m = measure({ title: 'Intro', audienceValues: 'Finance\nHR\nProgrammes', deliveredOn: '2026-03-01' });
    expect(literacyCoverage({ id: 7, classifiedOn: '2026-02-01T12:00:00Z' }, [m], [], rows, now).percent).toBe(100);
    const after = literacyCoverage({ id: 7, classifiedOn: '2026-05-02T12:00:00Z' }, [m], [], rows, now);
    expect(after.percent).toBe(0);
    expect(after.gaps[0]).toEqual({ kind: 'reclassified', measure: 'Intro', delivered: '2026-03-01', classifiedOn: '2026-05-02' });
  });
  it('counts imported rows: the system\'s rows are a part of each import batch, and a re-import in progress shows the older batch', () => {
    // An import of 40 rows (every app), of which this system's are three; then a re-import of May still being written.
    const batched = (department: string, users: number, batch: string, batchRows: number): LiteracyUsageRow => ({ ...usage(department, users), importBatch: batch, batchRows });
    const imported = [batched('Finance', 30, '2026-06-01T08:00:00Z#a', 40), batched('Programmes', 60, '2026-06-01T08:00:00Z#a', 40), batched('HR', 10, '2026-06-01T08:00:00Z#a', 40)];
    const first = literacyCoverage({ id: 7 }, [measure({ audienceValues: 'Finance' })], [], imported, now);
    expect(first).toMatchObject({ basis: 'usage', total: 100, covered: 30, percent: 30 });
    const reimporting = [...imported, batched('Finance', 900, '2026-06-10T08:00:00Z#b', 40)];
    expect(literacyCoverage({ id: 7 }, [measure({ audienceValues: 'Finance' })], [], reimporting, now)).toMatchObject({ total: 100, covered: 30 });
  });
});

describe('coverage from a named audience', () => {
  it('counts the named people with their own acknowledgement; one typed by someone else does not count', () => {
    const m = measure({ audienceKind: 'Named people', audiencePeople: [amina, jonas, carlos], audienceValues: undefined });
    const acks = [ack(m, amina, amina), ack(m, jonas, amina)];
    const result = literacyCoverage({ id: 7 }, [m], acks, [], now);
    expect(result).toMatchObject({ basis: 'named', total: 3, covered: 1, percent: 33 });
    expect(result.gaps).toEqual([{ kind: 'peopleNotAcknowledged', missing: 2, of: 3, people: [jonas, carlos] }]);
    const closed = literacyCoverage({ id: 7 }, [m], [...acks, ack(m, jonas, jonas), ack(m, carlos, carlos)], [], now);
    expect(closed).toMatchObject({ percent: 100, gaps: [] });
  });
  it('has no denominator when nobody is known (audience by mission, no usage): not a gap while a measure is current', () => {
    const result = literacyCoverage({ id: 7 }, [measure({ audienceKind: 'Missions', audienceValues: 'Kenya' })], [], [], now);
    expect(result).toMatchObject({ basis: 'none', gaps: [] });
    expect(result.percent).toBeUndefined();
    expect(literacyCoverage({ id: 7 }, [], [], [], now).gaps).toEqual([{ kind: 'noMeasure' }]);
  });
});

describe('measure validation', () => {
  const context = { isKnownSystem: (id: number) => id === 7, now };
  const codes = (draft: Partial<LiteracyMeasure>): string[] => validateMeasure(draft, context).map((i) => i.code);
  it('accepts a complete measure', () => {
    expect(codes({ title: 'Intro', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: 7 }], deliveredOn: '2026-06-15', evidenceLink: { url: 'https://learn.example.org/x' }, refreshMonths: 12 })).toEqual([]);
  });
  it('refuses each bad input with its own code', () => {
    expect(codes({ title: ' ', audienceKind: 'Departments', audienceValues: '\n', coveredSystems: [{ id: 9 }], deliveredOn: '2026-06-16', evidenceLink: { url: ['javascript', 'alert(1)'].join(':') }, refreshMonths: 0 }))
      .toEqual(['titleRequired', 'audienceRequired', 'unknownSystem', 'deliveredInFuture', 'invalidLink', 'refreshTooShort']);
    expect(codes({ title: 'x', audienceKind: 'Named people', audiencePeople: [], coveredSystems: [], deliveredOn: '2026-02-30', refreshMonths: 1.5 }))
      .toEqual(['audienceRequired', 'systemsRequired', 'deliveredInvalid', 'refreshTooShort']);
  });
});
