import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IQualityImportService } from '../../../ui/quality/qualityImportServiceTypes';
import { QualityImportService } from './QualityImportService';

/** The quality measurements import of a web part (pass `this.context`); built once, in onInit, like the rollout kit's. */
export function createQualityImportService(context: SpfxContextLike): IQualityImportService {
  return new QualityImportService(createSpfxSp(context));
}
