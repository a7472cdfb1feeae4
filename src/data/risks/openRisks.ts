import type { Stored } from '../../core/models/common';
import type { Risk } from '../../core/models/risk';
import { currentRiskScore } from '../../core/risk';
import { RISKS_LIST } from '../../core/schema';
import { and, eq, ne } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';

/**
 * Open risks (not Closed) linked to one data asset or AI system, highest current score first. Filters on the
 * indexed RelatedAsset / RelatedAISystem and Status columns, so it works on a register of any size. Other web
 * parts (Data Inventory, AI Registry) call it with their own repositories to show a record's open risks.
 */
export async function loadOpenRisks(repositories: Pick<Repositories, 'risks'>, list: 'dataAssets' | 'aiSystems', id: number): Promise<Stored<Risk>[]> {
  const link = filterField(RISKS_LIST, list === 'dataAssets' ? 'relatedAsset' : 'relatedAISystem');
  const filter = and(eq(link, id), ne(filterField(RISKS_LIST, 'status'), 'Closed'));
  const risks: Stored<Risk>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repositories.risks.page({ filter, top: 500 }, continuation);
    risks.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return risks.sort((a, b) => currentRiskScore(b) - currentRiskScore(a) || a.id - b.id);
}
