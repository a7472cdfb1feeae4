/** Small text helpers of the Privacy Register's UI (pure). */
import type { FieldIssue } from '../../../core/errors';
import type { ScreeningGround } from '../../../core/privacy/screening';
import { format, formatNamed } from '../../../ui/format';

/** The localised message of a validation issue: the register's own codes first, then the suite's, then the issue's text. */
export function privacyIssueText(issue: FieldIssue, strings: IPrivacyRegisterStrings, shared: IGovernanceSuiteStrings): string {
  const template = strings.ValidationMessages[issue.code] ?? shared.ValidationMessages[issue.code];
  return template ? formatNamed(template, issue.params) : issue.message;
}

/** A stored choice shown through a localised table; a value the table lacks is shown as stored. */
export function choiceText(table: Record<string, string>, value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  return table[value] ?? value;
}

/** One ground of the screening: the criterion's name and why it is met. */
export function groundText(ground: ScreeningGround, strings: IPrivacyRegisterStrings): string {
  const criterion = strings.Criteria[ground.criterion]?.Label ?? ground.criterion;
  const why = format(strings.GroundSources[ground.source] ?? ground.source, ground.detail ?? '');
  return format(strings.GroundLine, criterion, why);
}

export { format };

/** Starts an async handler from an event; the handlers catch and show their own errors, so nothing is lost here. */
export function runTask(task: Promise<unknown>): void {
  task.catch(() => undefined);
}
