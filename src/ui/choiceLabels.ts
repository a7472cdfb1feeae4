/**
 * The one place a stored choice value becomes the words a person reads: SharePoint keeps "Highly Confidential",
 * a French reader sees "Hautement confidentiel". Stored values stay the keys everywhere (filters, queries, CSV);
 * only what is shown goes through here. A value the loc files do not know (a tenant's own taxonomy, free text)
 * shows as stored, so nothing is ever blank.
 */

/** A set of choice values with display labels in the shared loc files. */
export type ChoiceSet = keyof IGovernanceSuiteStrings['Choices'];

/** The display label of one stored value (the value itself when unknown; empty stays empty). */
export function choiceLabel(set: ChoiceSet, value: string | undefined, strings: IGovernanceSuiteStrings): string {
  if (value === undefined || value === '') return '';
  // Loc files from before the labels existed (a test double, an older bundle) have no Choices: show the stored value.
  const labels = strings.Choices?.[set] as Record<string, string | undefined> | undefined;
  return labels?.[value] ?? value;
}

/** The display labels of several stored values, in their order. */
export function choiceLabels(set: ChoiceSet, values: readonly string[] | undefined, strings: IGovernanceSuiteStrings): string[] {
  return (values ?? []).map((value) => choiceLabel(set, value, strings));
}

/** Which properties hold values of which choice set (forms and details panels look them up here). */
export const FIELD_CHOICE_SETS: Readonly<Record<string, ChoiceSet | undefined>> = {
  declaredSensitivity: 'Sensitivity',
  assetType: 'AssetType',
  lifecycle: 'AssetLifecycle',
  domain: 'Domain',
  personalDataCategories: 'PersonalDataCategory',
  dataSubjects: 'DataSubject',
  category: 'RiskCategory',
  treatment: 'RiskTreatment'
};
