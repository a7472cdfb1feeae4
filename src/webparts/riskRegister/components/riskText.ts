/** Small text helpers of the Risk Register's UI (pure). */
import type { FieldIssue } from '../../../core/errors';
import type { RiskLevel } from '../../../core/models/risk';
import { format, formatNamed } from '../../../ui/format';

/** The localised name of a level. */
export function levelText(level: RiskLevel, strings: IRiskRegisterStrings): string {
  const names: Record<RiskLevel, string> = { Low: strings.LevelLow, Medium: strings.LevelMedium, High: strings.LevelHigh, Critical: strings.LevelCritical };
  return names[level];
}

/** The localised message of a validation issue: the register's own codes first, then the suite's, then the issue's text. */
export function riskIssueText(issue: FieldIssue, strings: IRiskRegisterStrings, shared: IGovernanceSuiteStrings): string {
  const template = strings.ValidationMessages[issue.code] ?? strings.AcceptanceMessages[issue.code] ?? shared.ValidationMessages[issue.code];
  return template ? formatNamed(template, issue.params) : issue.message;
}

/** Today as an ISO day (UTC), and a day some months later, for date inputs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export { format };

/** Starts an async handler from an event; the handlers catch and show their own errors, so nothing is lost here. */
export function runTask(task: Promise<unknown>): void {
  task.catch(() => undefined);
}
