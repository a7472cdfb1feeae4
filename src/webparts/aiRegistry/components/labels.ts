/** Localised labels of the registry's ids (tiers, grounds, obligations), in one place for every view and the export. */
import { ANNEX_III_USES, PROHIBITED_PRACTICES, TRANSPARENCY_TRIGGERS } from '../../../core/aiAct/catalogue';
import { AI_OBLIGATION_CITATIONS } from './obligationCitations';
import type { RegisterCsvLabels } from '../services/registerCsv';

/** The label of a risk tier (the id itself when unknown, so nothing is ever blank). */
export function tierLabel(tier: string | undefined, strings: IAIRegistryStrings): string {
  if (!tier) return strings.NotClassified;
  return (strings.Tiers as Record<string, string | undefined>)[tier] ?? tier;
}

/** A one-line plain explanation of a ground citation such as "Annex III 7(b)" or "Art. 5(1)(c)". */
export function groundExplanation(citation: string, strings: IAIRegistryStrings): string {
  const practice = PROHIBITED_PRACTICES.find((p) => p.citation === citation);
  if (practice) return strings.Practices[practice.id] ?? practice.description;
  const use = ANNEX_III_USES.find((u) => u.citation === citation);
  if (use) return strings.AnnexUses[use.id] ?? use.description;
  const fixed = strings.GroundExplanations[citation];
  if (fixed) return fixed;
  const trigger = TRANSPARENCY_TRIGGERS.find((t) => t.citation === citation);
  return trigger ? strings.Triggers[trigger.id] ?? trigger.description : '';
}

/** The label of an obligation id, with its legal basis. */
export function obligationLabel(id: string, strings: IAIRegistryStrings): string {
  const label = strings.Obligations[id] ?? id;
  const citation = AI_OBLIGATION_CITATIONS[id];
  return citation ? `${label} (${citation})` : label;
}

/** Headings and value labels of the CSV export. */
export function csvLabels(strings: IAIRegistryStrings, suiteStrings: IGovernanceSuiteStrings): RegisterCsvLabels {
  return {
    headers: strings.Csv,
    tier: (tier) => tierLabel(tier, strings),
    obligation: (id) => obligationLabel(id, strings),
    yes: suiteStrings.Yes,
    no: suiteStrings.No
  };
}
