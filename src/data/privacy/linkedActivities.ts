import type { Stored } from '../../core/models/common';
import type { ProcessingActivity } from '../../core/privacy/model';
import { PROCESSING_ACTIVITIES_LIST } from '../../core/schema';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';

/** What a details panel shows of a processing activity: enough for one line and the missing-DPIA flag. */
const LINE_FIELDS = ['title', 'role', 'mission', 'legalBasis', 'dpiaRequired', 'dpiaLink', 'reviewDate'] as const;

/**
 * The processing activities that use one dataset or AI system (one query on the multi-value lookup, titles first).
 * Multi-value lookups cannot be indexed, so this relies on the register staying under SharePoint's 5,000-item
 * threshold (an organisation keeps hundreds of records of processing, not thousands). The Data Inventory's and the
 * AI Registry's details panels call it with their own repositories.
 */
export async function loadLinkedActivities(
  repositories: Pick<Repositories, 'processingActivities'>,
  list: 'dataAssets' | 'aiSystems',
  id: number
): Promise<Stored<ProcessingActivity>[]> {
  const link = filterField(PROCESSING_ACTIVITIES_LIST, list === 'dataAssets' ? 'linkedDataAssets' : 'linkedAISystems');
  const found: Stored<ProcessingActivity>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repositories.processingActivities.page({ filter: eq(link, id), select: [...LINE_FIELDS], top: 500 }, continuation);
    found.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return found.sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
}
