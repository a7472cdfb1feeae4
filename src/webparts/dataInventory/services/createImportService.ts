import type { DirectoryPeople } from '../../../data/people/directoryPeople';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IImportService } from './IImportService';
import { ImportService } from './ImportService';

/**
 * The rollout kit's service of a web part (pass `this.context` and the web part's people directory, which tells
 * which e-mails exist before ensureUser is asked); built once, in onInit, like the inventory's.
 */
export function createImportService(context: SpfxContextLike, people: DirectoryPeople): IImportService {
  return new ImportService(createSpfxSp(context), { directory: (emails) => people.knownInDirectory(emails) });
}
