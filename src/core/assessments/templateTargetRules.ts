/**
 * Which records a template may run against beyond its target list. The template model names only the list; a few
 * templates are meant for one kind of inventory record (the information-system assessment for records of type
 * "Information system"), a rule kept by key so every version of the template keeps it.
 */
import type { AssetType } from '../models/dataAsset';
import { INFORMATION_SYSTEM_TEMPLATE_KEY } from './informationSystemTemplate';

const ASSET_TYPE_BY_TEMPLATE: Readonly<Record<string, AssetType>> = {
  [INFORMATION_SYSTEM_TEMPLATE_KEY]: 'Information system'
};

/** The inventory record type a template runs against, when it is restricted to one. */
export function requiredAssetType(templateKey: string): AssetType | undefined {
  return ASSET_TYPE_BY_TEMPLATE[templateKey];
}

/** Whether a record of this type may be assessed with the template (unrestricted templates take any record). */
export function recordFitsTemplate(templateKey: string, assetType: string | undefined): boolean {
  const required = requiredAssetType(templateKey);
  return required === undefined || assetType === required;
}
