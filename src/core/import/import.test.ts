import type { PersonRef } from '../models/common';
import {
  autoMatchColumns, checkRows, checkTable, dateOrderForLocale, escapeFormula, formatCell, importField, indexByKey, initialReport,
  mappingProblems, MAX_IMPORT_ROWS, parseDateCell, peopleToResolve, planImport, planSummary, reportTable, unescapeFormula
} from './index';
import type { ImportTable, RowContext } from './index';

const alice: PersonRef = { id: 7, title: 'Alice Custodian', email: 'alice@governance.test' };
const context: RowContext = {
  dateOrder: 'DMY',
  missions: [{ title: 'Chile', region: 'South America' }, { title: 'Bangladesh', region: 'Asia and the Pacific' }],
  people: new Map<string, PersonRef | undefined>([['alice@governance.test', alice], ['nobody@x.test', undefined]])
};

const HEADERS = ['Title', 'mission', 'REGION', 'Asset type', 'Location', 'Last reviewed', 'Custodian', 'Data subjects', 'Contains personal data', 'External ID'];

function table(rows: string[][], headers: string[] = HEADERS): ImportTable {
  return { headers, rows };
}

describe('column matching', () => {
  it('matches display names, internal names and property names whatever the case and spacing', () => {
    const mapping = autoMatchColumns(['title', 'AssetType', 'declared_sensitivity', 'Contains personal data', 'Unrelated', 'Title']);
    expect(mapping).toEqual(['title', 'assetType', 'declaredSensitivity', 'containsPersonalData', undefined, undefined]);
  });

  it('reports a required field left unmapped and a field mapped twice', () => {
    expect(mappingProblems(['mission', 'mission'])).toEqual({ missingRequired: ['title'], mappedTwice: ['mission'] });
  });

  it('never offers computed fields (health, ownership status) as targets', () => {
    expect(importField('healthScore')).toBeUndefined();
    expect(importField('ownershipStatus')).toBeUndefined();
    expect(autoMatchColumns(['Health score', 'Ownership status'])).toEqual([undefined, undefined]);
  });
});

describe('file shape', () => {
  it('refuses empty files, duplicate headers and too many rows with a code the UI localises', () => {
    expect(checkTable([], 0)?.code).toBe('empty');
    expect(checkTable(['Title'], 0)?.code).toBe('empty');
    expect(checkTable(['', ''], 3)?.code).toBe('noHeaders');
    expect(checkTable(['Title', 'Mission', ' title '], 1)).toEqual({ code: 'duplicateHeaders', params: { headers: 'title' } });
    expect(checkTable(['Title'], MAX_IMPORT_ROWS + 1)?.code).toBe('tooManyRows');
    expect(checkTable(['Title'], MAX_IMPORT_ROWS)).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads ISO dates and the locale order, and refuses impossible or ambiguous ones', () => {
    expect(parseDateCell('2026-02-28', 'DMY')).toBe('2026-02-28');
    expect(parseDateCell('2026-02-28T23:30:00-02:00', 'MDY')).toBe('2026-03-01');
    expect(parseDateCell('03/04/2026', 'DMY')).toBe('2026-04-03');
    expect(parseDateCell('03/04/2026', 'MDY')).toBe('2026-03-04');
    expect(parseDateCell('3.4.2026', 'DMY')).toBe('2026-04-03');
    expect(parseDateCell('2026/4/3', 'DMY')).toBe('2026-04-03');
    expect(parseDateCell('31/02/2026', 'DMY')).toBeUndefined();
    expect(parseDateCell('2026-02-30', 'DMY')).toBeUndefined();
    expect(parseDateCell('03/04/26', 'DMY')).toBeUndefined();
    expect(parseDateCell('yesterday', 'DMY')).toBeUndefined();
  });

  it('takes the order from the locale', () => {
    expect(dateOrderForLocale('en-US')).toBe('MDY');
    expect(dateOrderForLocale('fr-FR')).toBe('DMY');
    expect(dateOrderForLocale('es-ES')).toBe('DMY');
  });
});

describe('formula cells', () => {
  it('escapes formula-like text on export and undoes exactly that on import', () => {
    for (const text of ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tx']) {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    expect(escapeFormula('Plain')).toBe('Plain');
    expect(unescapeFormula("'quoted")).toBe("'quoted");
  });

  it('stores a formula cell as its text, never as a computed value', () => {
    const [row] = checkRows(table([['=1+1', 'Chile', '', '', '', '', '', '', '', 'F-1']]), autoMatchColumns(HEADERS), context);
    expect(row.issues).toEqual([]);
    expect(row.values.title).toBe('=1+1');
    expect(formatCell(importField('title')!, row.values.title)).toBe("'=1+1");
  });
});

describe('rows', () => {
  const mapping = autoMatchColumns(HEADERS);

  it('converts a good row: choices case-insensitively, locale dates, people, multi-choices, region from mission', () => {
    const [row] = checkRows(
      table([['  Payroll 2026 ', 'chile', '', 'database', 'https://contoso.sharepoint.com/sites/hr', '31/12/2025', 'Alice@Governance.test', 'staff; Refugees', 'oui', 'HR-1']]),
      mapping,
      context
    );
    expect(row.issues).toEqual([]);
    expect(row.rowNumber).toBe(2);
    expect(row.values).toMatchObject({
      title: 'Payroll 2026', mission: 'Chile', region: 'South America', assetType: 'Database', lastReviewed: '2025-12-31',
      custodian: alice, dataSubjects: ['Staff', 'Refugees'], containsPersonalData: true, externalId: 'HR-1',
      locationUrl: { url: 'https://contoso.sharepoint.com/sites/hr' }, reviewCycleMonths: 12, lifecycle: 'Active'
    });
    expect(row.key).toBe('id:hr-1');
  });

  it('reports every bad field of a nasty row with stable codes', () => {
    const [row] = checkRows(
      // eslint-disable-next-line no-script-url -- the dangerous link is the input under test
      table([['x'.repeat(300), 'Atlantis', 'Europe', 'Spaceship', 'javascript:alert(1)', '2026-13-01', 'nobody@x.test', 'Aliens', 'maybe', 'E-9']]),
      mapping,
      context
    );
    const codes = row.issues.map((i) => `${i.field}:${i.code}`).sort();
    expect(codes).toEqual([
      'assetType:invalidChoice', 'containsPersonalData:invalidBoolean', 'custodian:unknownPerson', 'dataSubjects:invalidChoice',
      'lastReviewed:invalidDate', 'locationUrl:unsafeUrl', 'mission:unknownMission', 'title:tooLong'
    ]);
  });

  it('refuses a region that contradicts the mission and a missing title', () => {
    const rows = checkRows(table([['A', 'Chile', 'Europe', '', '', '', '', '', '', 'E-1'], ['', 'Chile', '', '', '', '', '', '', '', 'E-2']]), mapping, context);
    expect(rows[0].issues.map((i) => i.code)).toEqual(['regionMismatch']);
    expect(rows[1].issues.map((i) => i.code)).toEqual(['required']);
  });

  it('flags keys repeated inside the file, naming the first row, and drops blank rows but keeps row numbers', () => {
    const rows = checkRows(
      table([['A', 'Chile', '', '', '', '', '', '', '', 'E-1'], ['', '', '', '', '', '', '', '', '', ''], ['B', 'Chile', '', '', '', '', '', '', '', ' e-1 ']]),
      mapping,
      context
    );
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(rows[1].issues).toEqual([expect.objectContaining({ code: 'duplicateInFile', params: { row: 2 } })]);
  });

  it('keys on mission + title when there is no external ID column, case-insensitively', () => {
    const m = autoMatchColumns(['Title', 'Mission']);
    const rows = checkRows(table([['Payroll', 'Chile'], ['PAYROLL ', 'chile'], ['Payroll', 'Bangladesh']], ['Title', 'Mission']), m, context);
    expect(rows.map((r) => r.issues.map((i) => i.code))).toEqual([[], ['duplicateInFile'], []]);
  });

  it('keys a row with a blank external ID by mission + title, and never writes the blank over a stored ID', () => {
    const [row] = checkRows(table([['A', 'Chile', '', '', '', '', '', '', '', '']]), mapping, context);
    expect(row.issues).toEqual([]);
    expect(row.key).toBe('mt:chile\u0001a');
    expect(row.mapped).not.toContain('externalId');
    const existing = indexByKey([{ id: 5, etag: '"1"', values: { title: 'a', mission: 'Chile', region: 'South America', externalId: 'HR-9' } }], true);
    expect(planImport([row], existing, 'update')[0].action).toMatchObject({ kind: 'update', id: 5 });
  });

  it('lists each distinct person once for resolution', () => {
    const t = table([['A', '', '', '', '', '', 'Alice@x', '', '', '1'], ['B', '', '', '', '', '', ' alice@X ', '', '', '2']]);
    expect(peopleToResolve(t, mapping)).toEqual(['Alice@x']);
  });
});

describe('plan and report', () => {
  const mapping = autoMatchColumns(['Title', 'Mission', 'Domain']);
  const rows = checkRows(
    table([['New', 'Chile', 'Health'], ['Same', 'Chile', 'Health'], ['Changed', 'Chile', 'Finance'], ['', 'Chile', '']], ['Title', 'Mission', 'Domain']),
    mapping,
    context
  );
  const existing = indexByKey(
    [
      { id: 11, etag: '"1"', values: { title: 'Same', mission: 'Chile', region: 'South America', domain: 'Health' } },
      { id: 12, etag: '"4"', values: { title: 'Changed', mission: 'CHILE', region: 'South America', domain: 'Health' } }
    ],
    false
  );

  it('plans create, unchanged, update and invalid under "update"', () => {
    const plan = planImport(rows, existing, 'update');
    expect(plan.map((p) => p.action)).toEqual([{ kind: 'create' }, { kind: 'unchanged', id: 11 }, { kind: 'update', id: 12, etag: '"4"' }, { kind: 'invalid' }]);
    expect(planSummary(plan)).toEqual({ create: 1, update: 1, unchanged: 1, skip: 0, invalid: 1 });
  });

  it('skips matches under "skip", creates beside them under "create", refuses ambiguous keys', () => {
    expect(planImport(rows, existing, 'skip').map((p) => p.action.kind)).toEqual(['create', 'skip', 'skip', 'invalid']);
    expect(planImport(rows, existing, 'create').map((p) => p.action.kind)).toEqual(['create', 'create', 'create', 'invalid']);
    const twice = indexByKey([{ id: 1, etag: '"1"', values: { title: 'New', mission: 'Chile' } }, { id: 2, etag: '"1"', values: { title: 'new', mission: 'chile' } }], false);
    expect(planImport(rows, twice, 'update')[0].row.issues[0].code).toBe('ambiguousMatch');
  });

  it('builds the report table in row order with links and reasons', () => {
    const report = initialReport(planImport(rows, existing, 'update'));
    const words = {
      headers: ['Row', 'Outcome', 'Record', 'Error'] as [string, string, string, string],
      outcomes: { created: 'Created', updated: 'Updated', unchanged: 'Unchanged', skipped: 'Skipped', invalid: 'Invalid', failed: 'Failed', notRun: 'Not run' }
    };
    const csv = reportTable(report, words, (id) => `https://site/DispForm.aspx?ID=${id}`, (i) => i.message);
    expect(csv[0]).toEqual(['Row', 'Outcome', 'Record', 'Error']);
    expect(csv[2]).toEqual(['3', 'Unchanged', 'https://site/DispForm.aspx?ID=11', '']);
    expect(csv[4][1]).toBe('Invalid');
    expect(csv[4][3]).toMatch(/Title is required/);
  });
});
