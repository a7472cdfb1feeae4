import { isGovernanceError } from '../../core/errors';
import { LABEL_MAPPING_SETTING, parseLabelMapping } from '../../core/labels';
import type { GovernanceSetting } from '../../core/models/governanceSetting';
import { DEFAULT_SENSITIVITY_LEVELS } from '../../core/models/dataAsset';
import type { HealthSettings } from '../../core/scoring';
import { eq } from '../odata/filter';
import type { IListRepository } from '../repositories/types';

/**
 * The settings every stored or shown health score is computed with: the declared taxonomy and the
 * `purviewLabelMapping` GovernanceSettings value, which ranks the records' cached Purview labels without Graph.
 * A missing or malformed setting falls back to ranking cached labels by name (settings never break a page).
 */
export async function loadHealthSettings(settings: IListRepository<GovernanceSetting>): Promise<HealthSettings> {
  try {
    const page = await settings.page({ filter: eq('Title', LABEL_MAPPING_SETTING), top: 1 });
    return { taxonomy: DEFAULT_SENSITIVITY_LEVELS, mapping: parseLabelMapping(page.items[0]?.value) };
  } catch (error) {
    // A site without the GovernanceSettings list (not provisioned yet) scores with the defaults; anything else is real.
    if (isGovernanceError(error, 'NotFound')) return { taxonomy: DEFAULT_SENSITIVITY_LEVELS };
    throw error;
  }
}

/** {@link loadHealthSettings} once per service instance; a failed read is retried on the next call. */
export class HealthSettingsSource {
  private pending: Promise<HealthSettings> | undefined;
  public constructor(private readonly settings: IListRepository<GovernanceSetting>) {}

  /** Reads the settings again next time (after this service saved one). */
  public forget(): void {
    this.pending = undefined;
  }

  public get(): Promise<HealthSettings> {
    if (this.pending === undefined) {
      this.pending = loadHealthSettings(this.settings).catch((error: unknown) => {
        this.pending = undefined;
        throw error;
      });
    }
    return this.pending;
  }
}

/**
 * Saves `mapping` as the `purviewLabelMapping` setting when the site has none yet, so every later score (saves,
 * the scorecard, the recompute job) ranks cached labels as the first label check did: the tenant's label priorities
 * spread over the taxonomy, until a lead writes their own. Answers the mapping in force; never overwrites one. A user
 * who may not write the settings (403: only leads may) gets the mapping unsaved (`saved: false`), not an error.
 */
export async function ensureLabelMapping(settings: IListRepository<GovernanceSetting>, mapping: Readonly<Record<string, string>>): Promise<{ mapping: Readonly<Record<string, string>>; saved: boolean }> {
  const page = await settings.page({ filter: eq('Title', LABEL_MAPPING_SETTING), top: 1 });
  const existing = page.items[0];
  if (existing !== undefined) return { mapping: parseLabelMapping(existing.value), saved: false };
  try {
    await settings.create({
      title: LABEL_MAPPING_SETTING,
      value: JSON.stringify(mapping),
      description: 'Purview sensitivity labels (by id and name) mapped to the declared-sensitivity taxonomy; saved by the first label check from the label priorities. Edit to change; then recompute stale scores.'
    });
  } catch (error) {
    // Only governance leads write GovernanceSettings: anyone else's check ranks by the default without saving it.
    if (isGovernanceError(error, 'Forbidden')) return { mapping, saved: false };
    throw error;
  }
  return { mapping, saved: true };
}
