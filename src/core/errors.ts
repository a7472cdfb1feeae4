/**
 * The suite's error kinds. Every SharePoint / Graph / network failure is normalised into one of these
 * (src/data and src/graph do the normalising), so the UI decides what to show from `kind` alone.
 */
export type GovernanceErrorKind =
  | 'NotFound'
  | 'Conflict'
  | 'Throttled'
  | 'ThresholdExceeded'
  | 'Forbidden'
  | 'Unauthorized'
  | 'Validation'
  | 'Network'
  | 'Unknown';

/** One field-level validation problem. `code` is stable (for localisation); `message` is the English text. */
export interface FieldIssue {
  readonly field: string;
  readonly code: string;
  readonly message: string;
  /** Values for placeholders in the localised message (e.g. max length, allowed choices). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export class GovernanceError extends Error {
  public readonly kind: GovernanceErrorKind;
  /** HTTP status when the error came from a response. */
  public readonly status?: number;
  /** Field problems, for kind Validation. */
  public readonly issues: readonly FieldIssue[];
  /** Server-side error code (e.g. SharePoint's `-2147024860, Microsoft.SharePoint.SPQueryThrottledException`). */
  public readonly serverCode?: string;

  public constructor(
    kind: GovernanceErrorKind,
    message: string,
    options: { status?: number; issues?: readonly FieldIssue[]; serverCode?: string; cause?: unknown } = {}
  ) {
    super(message);
    this.name = 'GovernanceError';
    this.kind = kind;
    this.status = options.status;
    this.issues = options.issues ?? [];
    this.serverCode = options.serverCode;
    if (options.cause !== undefined) {
      (this as { cause?: unknown }).cause = options.cause;
    }
    // Keeps `instanceof` working when compiled to ES5 targets.
    Object.setPrototypeOf(this, GovernanceError.prototype);
  }
}

export function isGovernanceError(error: unknown, kind?: GovernanceErrorKind): error is GovernanceError {
  return error instanceof GovernanceError && (kind === undefined || error.kind === kind);
}
