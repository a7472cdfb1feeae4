import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IImportService } from './IImportService';
import { ImportService } from './ImportService';

/** The rollout kit's service of a web part (pass `this.context`); built once, in onInit, like the inventory's. */
export function createImportService(context: SpfxContextLike): IImportService {
  return new ImportService(createSpfxSp(context));
}
