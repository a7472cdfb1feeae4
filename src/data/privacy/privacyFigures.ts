/**
 * The scorecard's privacy figures (issue 17 part 5) over the ProcessingActivities list: only the columns the
 * figures read, 5,000 per request (an organisation keeps hundreds of records of processing, so one request).
 */
import { PRIVACY_FIGURE_FIELDS, privacyFigures, type PrivacyFigures } from '../../core/privacy/privacyFigures';
import type { Repositories } from '../repositories/createRepositories';
import { readAll } from '../query/readMatching';

export async function loadPrivacyFigures(repositories: Pick<Repositories, 'processingActivities'>, today: Date): Promise<PrivacyFigures> {
  const records = await readAll(repositories.processingActivities, { select: [...PRIVACY_FIGURE_FIELDS] });
  return privacyFigures(records, today.toISOString().slice(0, 10));
}
