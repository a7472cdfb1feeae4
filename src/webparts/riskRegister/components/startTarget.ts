import { recordFitsTemplate, requiredAssetType } from '../../../core/assessments';
import type { IRiskService, TargetRecord } from '../services/IRiskService';
import { format } from './riskText';

/**
 * The record a run starts on, or why it cannot start. Some templates assess one type of inventory record only: the
 * record's stored type decides, so it is read again rather than trusted from the picker.
 */
export async function checkStartTarget(service: IRiskService, target: TargetRecord, templateKey: string, strings: IRiskRegisterStrings): Promise<{ target: TargetRecord; refusal?: string }> {
  const checked = requiredAssetType(templateKey) !== undefined ? await service.getTarget(target.list, target.id) : target;
  if (target.list === 'dataAssets' && !recordFitsTemplate(templateKey, checked.assetType)) {
    return { target: checked, refusal: format(strings.SystemAssessment.WrongType, target.title, checked.assetType ?? strings.SystemAssessment.TypeNotSet) };
  }
  return { target: checked };
}
