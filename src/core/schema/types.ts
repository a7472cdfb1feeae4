/**
 * The list schema as code. One `ListDefinition` per SharePoint list drives the TypeScript domain types' mapping,
 * validation, provisioning (`ensureSchema`) and the workbench's demo data. Pure data: no SPFx, PnPjs or React.
 */

/** SharePoint field kinds the suite uses (`TypeAsString` in SharePoint, except the Multi variants). */
export type FieldType =
  | 'Text'
  | 'Note'
  | 'Choice'
  | 'MultiChoice'
  | 'Number'
  | 'Boolean'
  | 'DateTime'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL';

interface FieldBase<TProperty extends string = string> {
  /** SharePoint internal (static) name: also the REST property name. Never localised, never changed once deployed. */
  readonly internalName: string;
  /** Property of the domain type this field maps to. */
  readonly property: TProperty;
  /** Display name shown in SharePoint's own list views (the suite's UI takes labels from localised strings). */
  readonly displayName: string;
  readonly type: FieldType;
  readonly required?: boolean;
  /** Indexed in SharePoint: every column the suite filters or sorts on (5,000-item list view threshold; max 20). */
  readonly indexed?: boolean;
  readonly description?: string;
  /** Built-in field (Title): provisioning updates it but never creates it. */
  readonly builtIn?: boolean;
  /** Set by the suite, not by a form (e.g. OwnershipStatus, cached Purview label). Forms show it read-only. */
  readonly computed?: boolean;
  /** Form group, for schema-driven forms. */
  readonly group?: string;
}

export interface TextFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'Text';
  /** At most 255 (SharePoint's single-line limit); defaults to 255. */
  readonly maxLength?: number;
}

export interface NoteFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'Note';
  /** Limit enforced by the suite's validation (SharePoint's own multi-line limit is far higher). */
  readonly maxLength?: number;
}

export interface ChoiceFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'Choice' | 'MultiChoice';
  readonly choices: readonly string[];
  readonly defaultValue?: string;
}

export interface NumberFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'Number';
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only (e.g. likelihood 1-5, review cycle in months). */
  readonly integer?: boolean;
  readonly defaultValue?: number;
}

export interface BooleanFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'Boolean';
  readonly defaultValue?: boolean;
}

export interface DateTimeFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'DateTime';
  /** Date only (SharePoint DisplayFormat DateOnly); values are ISO `YYYY-MM-DD` in the domain. */
  readonly dateOnly?: boolean;
}

export interface UserFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'User' | 'UserMulti';
}

export interface LookupFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'Lookup' | 'LookupMulti';
  /** Key of the target list in the schema (see `ListKey`). */
  readonly lookupList: ListKey;
  /** Field of the target list shown for the lookup; defaults to Title. */
  readonly lookupField?: string;
}

/** SharePoint Hyperlink field: raw value `{ Url, Description }`; only http(s) URLs are accepted by validation. */
export interface UrlFieldDefinition<P extends string = string> extends FieldBase<P> {
  readonly type: 'URL';
}

export type FieldDefinition<P extends string = string> =
  | TextFieldDefinition<P>
  | NoteFieldDefinition<P>
  | ChoiceFieldDefinition<P>
  | NumberFieldDefinition<P>
  | BooleanFieldDefinition<P>
  | DateTimeFieldDefinition<P>
  | UserFieldDefinition<P>
  | LookupFieldDefinition<P>
  | UrlFieldDefinition<P>;

/** Stable keys of the suite's lists. */
export type ListKey =
  | 'dataAssets'
  | 'ownershipRequests'
  | 'ownershipDecisions'
  | 'aiSystems'
  | 'aiVerifications'
  | 'aiSubmissions'
  | 'risks'
  | 'riskAcceptances'
  | 'assessments'
  | 'usageObservations'
  | 'usageTriage'
  | 'scorecardSnapshots'
  | 'missions'
  | 'governanceSettings'
  | 'accessReviewCampaigns'
  | 'accessReviewItems'
  | 'accessReviewDecisions'
  | 'sodRules'
  | 'sodExceptions'
  | 'governanceRoles'
  | 'processingActivities'
  | 'frameworkControls'
  | 'controlEvidence'
  | 'dpias'
  | 'dpiaDecisions'
  | 'procedures'
  | 'meetingActions'
  | 'assessmentTemplates'
  | 'literacyMeasures'
  | 'literacyAcknowledgements'
  | 'stakeholderRequirements'
  | 'dataQualityMeasurements';

/**
 * Item-level permissions (SharePoint list ReadSecurity / WriteSecurity). `own` for write means users can only
 * edit items they created: DESIGN section 6 relies on it for decision items.
 */
export interface ItemLevelSecurity {
  readonly read: 'all' | 'own';
  readonly write: 'all' | 'own' | 'none';
}

export interface ListDefinition<TDomain = unknown> {
  readonly key: ListKey;
  /** List title (used in `getByTitle`); also the last segment of its URL (`Lists/<title>`). */
  readonly title: string;
  readonly description: string;
  /** Versioning is on for every list (the audit trail); this sets how many major versions SharePoint keeps. */
  readonly majorVersionLimit: number;
  readonly itemLevelSecurity?: ItemLevelSecurity;
  /**
   * Who may write, set by provisioning through the list's own permissions. Item-level security alone does not hold:
   * SharePoint's Manage Lists permission bypasses it, and a site's Members have Edit, which includes it.
   * `appendOnly` (decision lists): everyone who could write may only add items, never edit or delete any, their own
   * included; decisions are append-only (a changed mind is a new decision, the newest counting one wins).
   * `leadsWrite` (settings that change who decides or what needs a decision): everyone reads; only the governance
   * leads group (and site owners) write.
   */
  readonly access?: 'appendOnly' | 'leadsWrite';
  /** Built-in date columns to index too (e.g. Modified, for delta reads of changed items on large lists). */
  readonly indexedMetaFields?: readonly ('Created' | 'Modified')[];
  /** Every field of the list the suite reads or writes, Title first. */
  readonly fields: readonly FieldDefinition<Extract<keyof TDomain, string>>[];
}
