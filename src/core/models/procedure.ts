import type { IsoDate, LinkValue, PersonRef } from './common';

/** What a governance document is (issue 19, part 3). Stored as these values in `Procedures.ProcedureType`. */
export const PROCEDURE_TYPES = ['Procedure', 'Standard', 'Template', 'Guideline', 'Process map'] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

/** A retired procedure stays on record (its history is the audit trail) but is no longer in force. */
export const PROCEDURE_STATUSES = ['Active', 'Retired'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];

/**
 * One procedure, standard, template, guideline or process map of the procedures library (list Procedures): the
 * document itself lives in a SharePoint library; this record says who owns it, which version is in force, when it
 * is next reviewed, and which RACI activities and frameworks it governs.
 */
export interface Procedure {
  title: string;
  procedureType: ProcedureType;
  owner?: PersonRef;
  /** Text like `1` or `1.2`. */
  documentVersion?: string;
  /** The next review is due on this date; past it, an active procedure is overdue. */
  reviewDate?: IsoDate;
  /** The document in a SharePoint library (http(s) only). */
  documentLink?: LinkValue;
  /** RACI activity keys it governs (the suite's keys or the leads' own activity names), one per line. */
  relatedActivities?: string;
  /** Framework keys (e.g. `euAiAct`) or free text ids (e.g. `ISO 27001 A.5.12`), one per line. */
  relatedFrameworks?: string;
  status: ProcedureStatus;
  description?: string;
}
