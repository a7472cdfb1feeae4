import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules: what issue 22 holds the suite to. */
export const WCAG_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One failing rule, as much of axe's answer as a test needs to say what and where. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: string; readonly summary: string }>;
}

// Read once per test file: the source is about 600 KB and every page load needs it.
let source: string | undefined;
function axeSource(): string {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** Puts axe-core in the page unless it is there already (a navigation removes it). */
async function inject(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!present) await page.addScriptTag({ content: axeSource() });
}

/**
 * Runs axe-core on one region or dialog and answers its serious and critical findings (the ones issue 22 fails on);
 * minor and moderate findings are left to review, not to the build.
 */
export async function seriousFindings(root: Locator): Promise<AxeFinding[]> {
  await inject(root.page());
  // A panel or a grid row still fading in blends its colours with the page's (axe then reports the blend): wait
  // until Fluent's entrance animations have ended and no new one has started for a moment.
  // Finished animations that fill forwards stay in getAnimations(): only running ones count (waiting for the list
  // to empty cost 5 s per check).
  await root.page().evaluate(async () => {
    const running = (): Animation[] => document.getAnimations().filter((a) => a.playState === 'running' || a.pending);
    for (let i = 0; i < 20; i++) {
      await Promise.all(running().map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (running().length === 0) return;
    }
  });
  const handle = await root.elementHandle();
  if (handle === null) throw new Error('axe: the element to check is not on the page');
  return handle.evaluate(async (element, tags) => {
    interface AxeNode { target: unknown[]; failureSummary?: string }
    interface AxeResult { id: string; impact?: string | null; help: string; nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(element, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id, impact: v.impact ?? '', help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() }))
      }));
  }, [...WCAG_TAGS]);
}

/** The findings as an assertion message: rule, impact, how many nodes, then each node (the first ten) and why. */
export function describeFindings(where: string, findings: readonly AxeFinding[]): string {
  const lines = [`${where}: ${findings.length} serious/critical axe rule(s) fail`];
  for (const f of findings) {
    lines.push(`- ${f.id} (${f.impact}, ${f.nodes.length} node(s)): ${f.help}`);
    for (const n of f.nodes.slice(0, 10)) lines.push(`    ${n.target}: ${n.summary}`);
  }
  return lines.join('\n');
}
