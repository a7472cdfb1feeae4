import type { CatalogueLabel } from '../../core/labels';
import type { GraphRequester } from '../client/types';

/** The tenant's sensitivity labels (v1.0 `/security/dataSecurityAndGovernance/sensitivityLabels`). */
export interface ILabelCatalogueService {
  /** The catalogue, parents and sub-labels flat (sub-labels carry `parentId`); read once per service. */
  labels(options?: { readonly signal?: AbortSignal }): Promise<readonly CatalogueLabel[]>;
}

function toLabel(raw: unknown, parentId?: string): CatalogueLabel | undefined {
  const l = raw as Record<string, unknown> | undefined;
  if (l === undefined || l === null || typeof l.id !== 'string') return undefined;
  const name = typeof l.displayName === 'string' && l.displayName !== '' ? l.displayName : typeof l.name === 'string' ? l.name : l.id;
  const parent = (l.parent as { id?: unknown } | undefined)?.id;
  const color = typeof l.color === 'string' && /^#[0-9a-f]{6}$/i.test(l.color) ? l.color : undefined;
  return {
    id: l.id, name, priority: typeof l.priority === 'number' ? l.priority : 0, color,
    parentId: parentId ?? (typeof parent === 'string' ? parent : undefined),
    description: typeof l.description === 'string' ? l.description : undefined
  };
}

export class LabelCatalogueService implements ILabelCatalogueService {
  private loading?: Promise<readonly CatalogueLabel[]>;

  public constructor(private readonly graph: GraphRequester) {}

  public labels(options: { signal?: AbortSignal } = {}): Promise<readonly CatalogueLabel[]> {
    if (this.loading === undefined) {
      this.loading = this.graph.get<{ value?: unknown[] }>('/security/dataSecurityAndGovernance/sensitivityLabels?$expand=sublabels', options).then((answer) => {
        const labels: CatalogueLabel[] = [];
        for (const raw of answer.value ?? []) {
          const label = toLabel(raw);
          if (label === undefined) continue;
          labels.push(label);
          // Sub-labels come either flat (with `parent`) or nested under `sublabels`.
          for (const sub of ((raw as { sublabels?: unknown[] }).sublabels ?? [])) {
            const child = toLabel(sub, label.id);
            if (child !== undefined && !labels.some((l) => l.id === child.id)) labels.push(child);
          }
        }
        return labels;
      });
      this.loading.catch(() => { this.loading = undefined; });
    }
    return this.loading;
  }
}
