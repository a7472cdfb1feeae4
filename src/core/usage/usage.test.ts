import type { ImportTable } from '../import/types';
import {
  autoMapUsageColumns, buildAppUsage, checkUsageRows, compactAppName, createMatcher, detectUsageLayout, domainBelongsTo, findingsQueue, isAiCategory,
  mapsPeriod, newImportBatch, normaliseAppName, normaliseDomain, parseCount, parseTrafficMb, periodsOf, registryEntry, summariseUsage, usageAppKey,
  usageMappingProblems, visibleRows
} from './index';
import type { RegistrySource, TriageState, UsageRowLike } from './index';

const DEFENDER_HEADERS = ['Name', 'Category', 'Risk score', 'Traffic', 'Upload', 'Download', 'Transactions', 'Users', 'IP addresses', 'Last seen', 'Web domain'];
const PERIOD = { start: '2026-10-01', end: '2026-10-31' };

function table(headers: string[], rows: string[][]): ImportTable {
  return { headers, rows };
}

describe('layouts and column mapping', () => {
  it('recognises a Defender for Cloud Apps discovered-apps export and ignores columns it does not read', () => {
    const mapping = autoMapUsageColumns(DEFENDER_HEADERS);
    expect(mapping).toEqual(['app', 'category', 'riskScore', 'traffic', 'upload', 'download', 'transactions', 'users', undefined, undefined, 'domain']);
    expect(detectUsageLayout(mapping)).toBe('defender');
    expect(usageMappingProblems(mapping)).toEqual({ missingRequired: [], mappedTwice: [] });
    expect(mapsPeriod(mapping)).toBe(false);
  });

  it('recognises the generic layout whatever the case and punctuation of its headers', () => {
    const mapping = autoMapUsageColumns(['APP OR DOMAIN', 'department', 'users', 'Period_start', 'period-end']);
    expect(mapping).toEqual(['app', 'department', 'users', 'periodStart', 'periodEnd']);
    expect(detectUsageLayout(mapping)).toBe('generic');
    expect(mapsPeriod(mapping)).toBe(true);
  });

  it('needs an app or domain column and a users column, each mapped once', () => {
    expect(usageMappingProblems(['category', undefined])).toEqual({ missingRequired: ['app', 'users'], mappedTwice: [] });
    expect(usageMappingProblems(['domain', 'users', 'users'])).toEqual({ missingRequired: [], mappedTwice: ['users'] });
  });
});

describe('normalisation', () => {
  it('ignores case, accents, punctuation and spacing in names', () => {
    expect(normaliseAppName('  ChatGPT (OpenAI) ')).toBe('chatgpt openai');
    expect(compactAppName('Chat-GPT')).toBe(compactAppName('chat gpt'));
    expect(compactAppName('Déjà Vu AI')).toBe('dejavuai');
    expect(usageAppKey('Microsoft 365 Copilot', undefined)).toBe('app:microsoft365copilot');
    expect(usageAppKey('', 'https://www.Perplexity.ai/')).toBe('domain:perplexity.ai');
    expect(usageAppKey(undefined, undefined)).toBe('');
  });

  it('reduces URLs to their domain without www., port, path or trailing dot, and refuses non-domains', () => {
    expect(normaliseDomain('https://WWW.Example.com:443/path?q=1')).toBe('example.com');
    expect(normaliseDomain('chat.openai.com.')).toBe('chat.openai.com');
    expect(normaliseDomain('*.anthropic.com')).toBe('anthropic.com');
    expect(normaliseDomain('not a domain')).toBeUndefined();
    expect(normaliseDomain('localhost')).toBeUndefined();
  });

  it('treats subdomains as belonging to a registered domain, but not look-alikes', () => {
    expect(domainBelongsTo('eu.chat.example.com', 'example.com')).toBe(true);
    expect(domainBelongsTo('example.com', 'example.com')).toBe(true);
    expect(domainBelongsTo('notexample.com', 'example.com')).toBe(false);
  });

  it('reads counts with thousands separators and traffic with units', () => {
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('1 234 567')).toBe(1234567);
    expect(parseCount('12.5')).toBeUndefined();
    expect(parseCount('-3')).toBeUndefined();
    expect(parseTrafficMb('1.5 GB')).toBe(1536);
    expect(parseTrafficMb('512 KB')).toBe(0.5);
    expect(parseTrafficMb('3,2 MB')).toBe(3.2);
    expect(parseTrafficMb('1048576')).toBe(1);
    expect(parseTrafficMb('lots')).toBeUndefined();
  });
});

describe('row checks', () => {
  const mapping = autoMapUsageColumns(DEFENDER_HEADERS);

  it('converts a Defender row, taking the period the user states', () => {
    const rows = checkUsageRows(table(DEFENDER_HEADERS, [['ChatGPT', 'Generative AI', '7', '1.2 GB', '200 MB', '1 GB', '15,200', '1,320', '80', '2026-10-30', 'chatgpt.com']]), mapping, { dateOrder: 'DMY', period: PERIOD });
    expect(rows).toEqual([{
      rowNumber: 2,
      issues: [],
      values: {
        title: 'ChatGPT', domain: 'chatgpt.com', category: 'Generative AI', users: 1320, transactions: 15200, riskScore: 7, trafficMb: 1228.8,
        department: undefined, periodStart: '2026-10-01', periodEnd: '2026-10-31', appKey: 'app:chatgpt'
      }
    }]);
  });

  it('sums upload and download when the export has no total, and keeps a formula-like name as text', () => {
    const headers = ['Name', 'Upload', 'Download', 'Users'];
    const [row] = checkUsageRows(table(headers, [["'=cmd", '1 MB', '2 MB', '3']]), autoMapUsageColumns(headers), { dateOrder: 'DMY', period: PERIOD });
    expect(row.values?.title).toBe('=cmd');
    expect(row.values?.trafficMb).toBe(3);
  });

  it('reads the generic layout: a domain in the app column, departments and per-row periods in the user\'s date order', () => {
    const headers = ['App or domain', 'Department', 'Users', 'Period start', 'Period end'];
    const rows = checkUsageRows(table(headers, [['www.Perplexity.ai', 'Finance', '12', '01/09/2026', '30/09/2026']]), autoMapUsageColumns(headers), { dateOrder: 'DMY' });
    expect(rows[0].values).toMatchObject({ title: 'www.Perplexity.ai', domain: 'perplexity.ai', department: 'Finance', users: 12, periodStart: '2026-09-01', periodEnd: '2026-09-30' });
    expect(periodsOf(rows)).toEqual([{ start: '2026-09-01', end: '2026-09-30' }]);
  });

  it('reports every problem of a bad row with a code, skips blank rows and keeps the file\'s row numbers', () => {
    const headers = ['Name', 'Users', 'Risk score', 'Traffic', 'Web domain'];
    const rows = checkUsageRows(
      table(headers, [
        ['', '', '', '', ''],
        ['', 'many', '11', 'huge', 'not a domain'],
        ['Claude', '5', '', '', '']
      ]),
      autoMapUsageColumns(headers),
      { dateOrder: 'DMY' }
    );
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(rows[0].issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(
      ['app:required', 'domain:invalidDomain', 'periodStart:periodMissing', 'riskScore:outOfRange', 'traffic:invalidSize', 'users:invalidNumber'].sort()
    );
    expect(rows[1].issues.map((i) => i.code)).toEqual(['periodMissing']);
  });

  it('refuses a period that ends before it starts and the same app, department and period twice', () => {
    const headers = ['App', 'Department', 'Users', 'Start', 'End'];
    const rows = checkUsageRows(
      table(headers, [
        ['Gemini', 'HR', '4', '2026-10-31', '2026-10-01'],
        ['Gemini', 'HR', '4', '2026-10-01', '2026-10-31'],
        ['gemini', 'hr', '9', '2026-10-01', '2026-10-31']
      ]),
      autoMapUsageColumns(headers),
      { dateOrder: 'DMY' }
    );
    expect(rows[0].issues[0]).toMatchObject({ field: 'periodEnd', code: 'periodOrder' });
    expect(rows[1].issues).toEqual([]);
    expect(rows[2].issues[0]).toMatchObject({ code: 'duplicateInFile', params: { row: 3 } });
  });
});

const REGISTRY: RegistrySource[] = [
  { id: 1, title: 'ChatGPT Enterprise', vendor: 'OpenAI', approvalStatus: 'Approved', riskTier: 'limited', webDomains: 'chatgpt.com\nhttps://chat.openai.com/', aliases: 'ChatGPT; Open AI ChatGPT' },
  { id: 2, title: 'DeepSeek', approvalStatus: 'Rejected', riskTier: 'minimal', webDomains: 'deepseek.com' },
  { id: 3, title: 'Recruit Screener', approvalStatus: 'Approved', riskTier: 'high', aliases: 'hire-ai.example.org' },
  { id: 4, title: 'Meeting Notes Bot', approvalStatus: 'In use without approval', riskTier: 'high' }
];

describe('matching', () => {
  const matcher = createMatcher(REGISTRY.map((s) => registryEntry(s, s.id === 4)));

  it('matches by registered domain, subdomain and URL', () => {
    expect(matcher.match('Some name', 'chat.deepseek.com')?.id).toBe(2);
    expect(matcher.match('OpenAI', 'https://chat.openai.com/c/1')?.id).toBe(1);
    expect(matcher.match('www.chatgpt.com', undefined)?.id).toBe(1);
    expect(matcher.match('Screening', 'eu.hire-ai.example.org')?.id).toBe(3);
  });

  it('matches by title and aliases whatever the case, spacing and punctuation', () => {
    expect(matcher.match('chatgpt', undefined)?.id).toBe(1);
    expect(matcher.match('OPEN-AI  Chat GPT', undefined)?.id).toBe(1);
    expect(matcher.match('meeting notes-bot', undefined)?.id).toBe(4);
    expect(matcher.match('Claude', 'claude.ai')).toBeUndefined();
    expect(matcher.match('', undefined)).toBeUndefined();
  });

  it('prefers a domain match to a name match', () => {
    expect(matcher.match('DeepSeek', 'chatgpt.com')?.id).toBe(1);
  });
});

describe('periods and batches', () => {
  it('shows per period only the newest complete batch, never a mix', () => {
    const old = [1, 2].map((n) => ({ n, periodStart: '2026-10-01', periodEnd: '2026-10-31', importBatch: '2026-11-01T00:00:00.000Z#a', batchRows: 2 }));
    const partial = [{ n: 3, periodStart: '2026-10-01', periodEnd: '2026-10-31', importBatch: '2026-11-02T00:00:00.000Z#b', batchRows: 3 }];
    const other = [{ n: 4, periodStart: '2026-09-01', periodEnd: '2026-09-30' }];
    expect(visibleRows([...old, ...partial, ...other]).map((r) => r.n).sort()).toEqual([1, 2, 4]);
    const complete = [5, 6].map((n) => ({ n, periodStart: '2026-10-01', periodEnd: '2026-10-31', importBatch: '2026-11-03T00:00:00.000Z#c', batchRows: 2 }));
    expect(visibleRows([...old, ...complete]).map((r) => r.n)).toEqual([5, 6]);
  });

  it('makes batch ids that sort by time', () => {
    const a = newImportBatch(new Date('2026-11-01T10:00:00Z'), () => 0.9);
    const b = newImportBatch(new Date('2026-11-01T10:00:01Z'), () => 0.1);
    expect(a < b).toBe(true);
  });
});

describe('findings, trend and summary', () => {
  const entries = REGISTRY.map((s) => registryEntry(s, false));
  const sep = { periodStart: '2026-09-01', periodEnd: '2026-09-30' };
  const oct = { periodStart: '2026-10-01', periodEnd: '2026-10-31' };
  const rows: UsageRowLike[] = [
    { title: 'ChatGPT', domain: 'chatgpt.com', category: 'Generative AI', users: 300, department: 'Finance', ...oct },
    { title: 'ChatGPT', domain: 'chatgpt.com', category: 'Generative AI', users: 100, department: 'HR', ...oct },
    { title: 'ChatGPT', domain: 'chatgpt.com', category: 'Generative AI', users: 350, ...sep },
    { title: 'Claude', domain: 'claude.ai', category: 'Generative AI', users: 80, department: 'Programmes', ...oct },
    { title: 'Claude', domain: 'claude.ai', category: 'Generative AI', users: 40, ...sep },
    { title: 'DeepSeek', domain: 'deepseek.com', category: 'Generative AI', users: 25, department: 'Finance', ...oct },
    { title: 'Recruit Screener', category: 'Human resources', users: 12, department: 'HR', ...oct },
    { title: 'Perplexity', domain: 'perplexity.ai', category: 'Generative AI', users: 60, ...sep },
    { title: 'Dropbox', domain: 'dropbox.com', category: 'Cloud storage', users: 500, ...oct },
    { title: 'Grammar Helper', category: 'AI writing assistant', users: 5, department: 'Finance', ...oct }
  ];
  const triage = new Map<string, TriageState>([['app:grammarhelper', { decision: 'Not AI', reason: 'Spell checker only' }]]);
  const { periods, apps } = buildAppUsage(rows, createMatcher(entries), triage);
  const byName = (name: string): (typeof apps)[number] => apps.find((a) => a.name === name)!;

  it('ranks by users in the latest period and gives the trend against the period before', () => {
    expect(periods.map((p) => p.key)).toEqual(['2026-09-01|2026-09-30', '2026-10-01|2026-10-31']);
    expect(apps.map((a) => a.name)).toEqual(['Dropbox', 'ChatGPT', 'Claude', 'DeepSeek', 'Recruit Screener', 'Grammar Helper', 'Perplexity']);
    expect(byName('ChatGPT')).toMatchObject({ users: 400, previousUsers: 350, trend: 'up' });
    expect(byName('DeepSeek').trend).toBe('new');
    expect(byName('Perplexity')).toMatchObject({ users: 0, previousUsers: 60, trend: 'gone' });
    expect(byName('ChatGPT').departments).toEqual([{ department: 'Finance', users: 300 }, { department: 'HR', users: 100 }]);
  });

  it('finds unregistered AI apps, unapproved and high-risk unverified systems; non-AI apps and apps marked not AI are no findings', () => {
    expect(byName('Claude').findings).toEqual(['unregistered']);
    expect(byName('DeepSeek').findings).toEqual(['unapproved']);
    expect(byName('Recruit Screener').findings).toEqual(['highRiskUnverified']);
    expect(byName('ChatGPT').findings).toEqual([]);
    expect(byName('Dropbox').findings).toEqual([]);
    expect(byName('Grammar Helper')).toMatchObject({ findings: [], dismissed: true, isAi: false });
    expect(findingsQueue(apps).map((a) => a.name)).toEqual(['Claude', 'DeepSeek', 'Recruit Screener', 'Perplexity']);
    expect(isAiCategory('AI model provider')).toBe(true);
    expect(isAiCategory('Maintenance')).toBe(false);
  });

  it('summarises the latest period for a governance report', () => {
    const summary = summariseUsage(apps, periods);
    expect(summary).toMatchObject({
      toolsInUse: 4, registered: 3, registeredShare: 0.75, unregistered: 1, unapprovedInUse: 1, highRiskUnverified: 1, aiUsers: 517, usersOfUnregistered: 80
    });
    expect(summary.period?.end).toBe('2026-10-31');
    expect(summary.topDepartments.slice(0, 2)).toEqual([{ department: 'Finance', users: 325 }, { department: 'HR', users: 112 }]);
  });

  it('has no share when nothing is in use', () => {
    expect(summariseUsage([], []).registeredShare).toBeUndefined();
  });
});
