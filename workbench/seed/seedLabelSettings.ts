import { effectiveLabelMapping, LABEL_MAPPING_SETTING } from '../../src/core/labels';
import { DEFAULT_SENSITIVITY_LEVELS } from '../../src/core/models/dataAsset';
import type { IListRepository } from '../../src/data/repositories/types';
import type { GovernanceSetting } from '../../src/core/models/governanceSetting';
import { LABEL_CATALOGUE } from '../graph/catalogue';

/**
 * The `purviewLabelMapping` setting a governance lead would save for the emulated tenant: every label of its
 * catalogue mapped to the declared taxonomy (General -> Internal by priority), so the scorecard ranks the cached
 * labels of the records without reading the catalogue from Graph.
 */
export async function seedLabelSettings(settings: IListRepository<GovernanceSetting>): Promise<void> {
  const catalogue = LABEL_CATALOGUE.map((l) => ({ id: l.id, name: l.name, priority: l.priority, parentId: l.parentId }));
  const mapping = effectiveLabelMapping({ taxonomy: DEFAULT_SENSITIVITY_LEVELS, catalogue });
  await settings.create({
    title: LABEL_MAPPING_SETTING,
    value: JSON.stringify(mapping),
    description: 'Purview sensitivity labels (by id and name) mapped to the declared-sensitivity taxonomy.'
  });
}
