/**
 * Seeds AI usage monitoring: a few public AI tools in the registry with their web domains and aliases (approved,
 * rejected, in use without approval, high-risk unverified), then two monthly periods of usage in the layout of a
 * Defender for Cloud Apps discovered-apps export (one row per app and user group), imported as a lead through the
 * production import (UsageMonitoringService), so the rows carry matches, app keys and batches as a real import would.
 * Tool names and domains are real public services; the figures are invented and hold no personal data.
 */
import { emptyAIActProfile } from '../../src/core/aiAct/profile';
import { classificationColumns } from '../../src/core/aiRegistry/classificationRecord';
import { reviewPriority } from '../../src/core/aiRegistry/priority';
import type { AISystem } from '../../src/core/models/aiSystem';
import { DEPARTMENTS } from '../../src/core/reference/vocabularies';
import { autoMapUsageColumns } from '../../src/core/usage/columns';
import { addUtcMonths } from '../../src/core/validation/isoDate';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { UsageMonitoringService } from '../../src/webparts/aiRegistry/services/UsageMonitoringService';
import { createRandom } from './random';

/** Public AI tools the registry knows, with what usage matching needs. */
const REGISTERED: readonly AISystem[] = [
  { title: 'Microsoft 365 Copilot', vendor: 'Microsoft', systemType: 'Generative AI assistant', lifecycle: 'Production', approvalStatus: 'Approved',
    webDomains: 'copilot.microsoft.com\nm365.cloud.microsoft', aliases: 'Copilot\nMicrosoft Copilot', ...classificationColumns(emptyAIActProfile({ transparencyTriggers: ['interactsWithPersons', 'generatesSyntheticContent'], generalPurposeModel: true })) },
  { title: 'ChatGPT Enterprise', vendor: 'OpenAI', systemType: 'Generative AI assistant', lifecycle: 'Production', approvalStatus: 'Approved with conditions',
    webDomains: 'chatgpt.com\nchat.openai.com', aliases: 'ChatGPT\nOpenAI ChatGPT', ...classificationColumns(emptyAIActProfile({ transparencyTriggers: ['interactsWithPersons', 'generatesSyntheticContent'], generalPurposeModel: true })) },
  { title: 'DeepL Translator', vendor: 'DeepL', systemType: 'Speech and language processing', lifecycle: 'Production', approvalStatus: 'Approved',
    webDomains: 'deepl.com', aliases: 'DeepL', ...classificationColumns(emptyAIActProfile({ generalPurposeModel: true })) },
  { title: 'DeepSeek', vendor: 'DeepSeek', systemType: 'Generative AI assistant', lifecycle: 'Retired', approvalStatus: 'Rejected',
    webDomains: 'deepseek.com', aliases: 'DeepSeek Chat', ...classificationColumns(emptyAIActProfile({ transparencyTriggers: ['interactsWithPersons'], generalPurposeModel: true })) },
  { title: 'Otter.ai meeting notes', vendor: 'Otter.ai', systemType: 'Speech and language processing', lifecycle: 'Pilot', approvalStatus: 'In use without approval',
    webDomains: 'otter.ai', aliases: 'Otter', ...classificationColumns(emptyAIActProfile({ transparencyTriggers: ['generatesSyntheticContent'], generalPurposeModel: true })) },
  { title: 'HireVue video interviews', vendor: 'HireVue', systemType: 'Machine learning model', lifecycle: 'Pilot', approvalStatus: 'Pending review',
    webDomains: 'hirevue.com', aliases: 'HireVue', ...classificationColumns(emptyAIActProfile({ annexIIIUses: ['4a'], profilesNaturalPersons: true })) }
];

interface ObservedTool {
  readonly name: string;
  readonly domain: string;
  readonly category: string;
  readonly risk: number;
  /** Users in the earlier and the later month (0: not seen). */
  readonly users: readonly [number, number];
  readonly departments: readonly string[];
}

const D = DEPARTMENTS;
const TOOLS: readonly ObservedTool[] = [
  { name: 'Microsoft Copilot', domain: 'copilot.microsoft.com', category: 'Generative AI', risk: 10, users: [880, 1040], departments: [D[0], D[9], D[10], D[13], D[1]] },
  { name: 'ChatGPT', domain: 'chatgpt.com', category: 'Generative AI', risk: 8, users: [610, 720], departments: [D[16], D[15], D[0], D[8]] },
  { name: 'DeepL', domain: 'www.deepl.com', category: 'Productivity', risk: 9, users: [205, 230], departments: [D[15], D[13], D[5]] },
  { name: 'DeepSeek', domain: 'chat.deepseek.com', category: 'Generative AI', risk: 3, users: [34, 52], departments: [D[8], D[12]] },
  { name: 'Otter', domain: 'otter.ai', category: 'Generative AI', risk: 6, users: [41, 58], departments: [D[0], D[2]] },
  { name: 'HireVue', domain: 'app.hirevue.com', category: 'Human resources', risk: 7, users: [6, 9], departments: [D[10]] },
  { name: 'Claude', domain: 'claude.ai', category: 'Generative AI', risk: 8, users: [118, 186], departments: [D[8], D[12], D[3], D[16]] },
  { name: 'Google Gemini', domain: 'gemini.google.com', category: 'Generative AI', risk: 8, users: [152, 139], departments: [D[0], D[15], D[6]] },
  { name: 'Perplexity', domain: 'www.perplexity.ai', category: 'Generative AI', risk: 6, users: [61, 94], departments: [D[8], D[2]] },
  { name: 'Grammarly', domain: 'app.grammarly.com', category: 'Generative AI', risk: 7, users: [77, 80], departments: [D[15], D[16], D[9]] },
  { name: 'Midjourney', domain: 'www.midjourney.com', category: 'Generative AI', risk: 5, users: [12, 18], departments: [D[15]] },
  { name: 'Mistral Le Chat', domain: 'chat.mistral.ai', category: 'Generative AI', risk: 7, users: [0, 14], departments: [D[12]] },
  { name: 'Poe', domain: 'poe.com', category: 'Generative AI', risk: 5, users: [9, 0], departments: [D[1]] },
  { name: 'Dropbox', domain: 'www.dropbox.com', category: 'Cloud storage', risk: 9, users: [302, 311], departments: [D[0], D[1], D[15]] },
  { name: 'Zoom', domain: 'zoom.us', category: 'Online meetings', risk: 9, users: [455, 470], departments: [D[0], D[3], D[4], D[16]] },
  { name: 'WeTransfer', domain: 'wetransfer.com', category: 'Content sharing', risk: 6, users: [88, 84], departments: [D[15], D[13]] }
];

const HEADERS = ['Name', 'Category', 'Risk score', 'Traffic', 'Upload', 'Download', 'Transactions', 'Users', 'IP addresses', 'Last seen', 'Web domain', 'User group'];

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** The two full calendar months before `now`, oldest first. */
export function seedPeriods(now: Date): { start: string; end: string }[] {
  const firstOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return [2, 1].map((back) => {
    const start = addUtcMonths(firstOfMonth, -back);
    const end = new Date(addUtcMonths(start, 1).getTime() - 86400000);
    return { start: iso(start), end: iso(end) };
  });
}

/** One month's export rows: each tool's users split across its user groups. */
function monthRows(month: 0 | 1, period: { end: string }, seed: number): string[][] {
  const random = createRandom(seed);
  const rows: string[][] = [];
  for (const tool of TOOLS) {
    const total = tool.users[month];
    if (total === 0) continue;
    let left = total;
    tool.departments.forEach((department, i) => {
      const last = i === tool.departments.length - 1;
      const users = last ? left : Math.max(1, Math.round(left * (0.35 + random.next() * 0.3)));
      left -= users;
      if (users <= 0) return;
      const uploadMb = Math.round(users * (2 + random.next() * 6));
      const downloadMb = Math.round(users * (8 + random.next() * 20));
      rows.push([tool.name, tool.category, String(tool.risk), `${uploadMb + downloadMb} MB`, `${uploadMb} MB`, `${downloadMb} MB`,
        String(users * (15 + Math.floor(random.next() * 40))), String(users), String(Math.max(1, Math.round(users * 0.8))), period.end, tool.domain, department]);
    });
  }
  return rows;
}

/** Seeds the registry's public tools and two imported months; returns the rows that failed. */
export async function seedUsage(siteUrl: string, leadLogin: string, now: Date, log: (line: string) => void): Promise<number> {
  const sp = createNodeSp(siteUrl, { user: leadLogin });
  const registry = new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp));
  const systems = REGISTERED.map((s) => ({ ...s, verificationState: 'Unverified' as const, reviewPriority: reviewPriority(s.riskTier, 'Unverified') }));
  const created = await createRepositories(sp).aiSystems.createMany(systems, { includeComputed: true });
  let failed = created.filter((r) => !r.ok).length;
  const usage = new UsageMonitoringService(sp, registry);
  const periods = seedPeriods(now);
  for (const [month, period] of periods.entries()) {
    const table = { headers: HEADERS, rows: monthRows(month as 0 | 1, period, 900 + month) };
    const prepared = await usage.check(`defender-discovered-apps-${period.start.slice(0, 7)}.csv`, table, autoMapUsageColumns(HEADERS), 'YMD', period);
    const result = await usage.run(prepared, {});
    failed += result.report.filter((r) => r.outcome !== 'created').length;
  }
  log(`seeded ${REGISTERED.length} public AI tools and ${periods.length} months of AI usage`);
  return failed;
}
