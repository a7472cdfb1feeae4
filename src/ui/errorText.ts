import { isGovernanceError } from '../core/errors';
import type { FieldIssue, GovernanceErrorKind } from '../core/errors';
import { formatNamed } from './format';

/** The error kind of anything thrown: GovernanceError keeps its kind; anything else counts as Unknown. */
export function errorKindOf(error: unknown): GovernanceErrorKind {
  return isGovernanceError(error) ? error.kind : 'Unknown';
}

/** The localised, actionable message for an error kind. */
export function errorText(kind: GovernanceErrorKind, strings: IGovernanceSuiteStrings): string {
  switch (kind) {
    case 'NotFound':
      return strings.ErrorNotFound;
    case 'Conflict':
      return strings.ErrorConflict;
    case 'Throttled':
      return strings.ErrorThrottled;
    case 'ThresholdExceeded':
      return strings.ErrorThresholdExceeded;
    case 'Forbidden':
      return strings.ErrorForbidden;
    case 'Unauthorized':
      return strings.ErrorUnauthorized;
    case 'Validation':
      return strings.ErrorValidation;
    case 'Network':
      return strings.ErrorNetwork;
    default:
      return strings.ErrorUnknown;
  }
}

/** Whether trying the same request again can help (the message bar then offers "Try again"). */
export function isRetryable(kind: GovernanceErrorKind): boolean {
  return kind === 'Throttled' || kind === 'Network' || kind === 'Unknown';
}

/** The localised message of a validation issue; codes without a translation fall back to the issue's own text. */
export function issueText(issue: FieldIssue, strings: IGovernanceSuiteStrings): string {
  const template = strings.ValidationMessages[issue.code];
  return template ? formatNamed(template, issue.params) : issue.message;
}
