import type { LiteracyMeasure } from '../../../core/literacy/model';
import type { PersonRef, Stored } from '../../../core/models/common';
import { acknowledgeMeasure, addMeasure, loadSystemLiteracy, updateMeasure, type LiteracyRepositories, type SystemLiteracy } from '../../../data/literacy/literacyStore';
import type { ISiteIdentity } from '../../../data/people/siteDirectory';
import type { RegisterRow } from './IAIRegistryService';
import type { ILiteracyService } from './ILiteracyService';

/**
 * The literacy service over the production data layer. A system's classification counts as re-done when a lead's
 * verification counts (the row's derived verification date), so measures delivered before it no longer count.
 */
export class LiteracyService implements ILiteracyService {
  private me: Promise<PersonRef> | undefined;

  public constructor(
    private readonly repositories: LiteracyRepositories,
    private readonly identity: Pick<ISiteIdentity, 'currentUser'>,
    private readonly now: () => Date = () => new Date()
  ) {}

  public coverage(rows: readonly RegisterRow[]): Promise<Map<number, SystemLiteracy>> {
    const systems = rows.map((row) => ({ id: row.system.id, classifiedOn: row.verification.state === 'Verified' ? row.verification.on : undefined }));
    return loadSystemLiteracy(this.repositories, systems, this.now());
  }

  public async acknowledge(measureId: number, comment?: string): Promise<void> {
    await acknowledgeMeasure(this.repositories, measureId, await this.currentUser(), comment, this.now());
  }

  public async saveMeasure(draft: Partial<LiteracyMeasure>, existing?: { readonly id: number; readonly etag: string }): Promise<void> {
    if (existing) await updateMeasure(this.repositories, existing.id, draft, existing.etag, this.now());
    else await addMeasure(this.repositories, draft, this.now());
  }

  public getMeasure(id: number): Promise<Stored<LiteracyMeasure>> {
    return this.repositories.literacyMeasures.getById(id);
  }

  private currentUser(): Promise<PersonRef> {
    if (!this.me) {
      this.me = this.identity.currentUser().catch((error: unknown) => {
        this.me = undefined;
        throw error;
      });
    }
    return this.me;
  }
}
