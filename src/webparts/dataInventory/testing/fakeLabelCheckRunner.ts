/** In-memory ILabelCheckRunner for component tests: scripted results, progress driven by the test. */
import { GovernanceError } from '../../../core/errors';
import type { ILabelCheckRunner, LabelCheckReportRow, LabelCheckRunProgress, LabelCheckRunResult, LabelCheckScope } from '../../../ui/labels/ILabelCheckRunner';

export class FakeLabelCheckRunner implements ILabelCheckRunner {
  public allowed = true;
  public colours: ReadonlyMap<string, string> = new Map();
  public readonly scopes: LabelCheckScope[] = [];
  /** Rows the next run reports (all of them when it finishes; the first `done` when cancelled). */
  public rows: LabelCheckReportRow[] = [];
  private pending: { progress?: (p: LabelCheckRunProgress) => void; finish: () => void; fail: (e: unknown) => void } | undefined;

  public canRun(): Promise<boolean> {
    return Promise.resolve(this.allowed);
  }

  public labelColours(): Promise<ReadonlyMap<string, string>> {
    return Promise.resolve(this.colours);
  }

  public run(scope: LabelCheckScope, options: { signal?: AbortSignal; onProgress?: (p: LabelCheckRunProgress) => void }): Promise<LabelCheckRunResult> {
    this.scopes.push(scope);
    return new Promise<LabelCheckRunResult>((resolve, reject) => {
      let done = 0;
      const progress = (p: LabelCheckRunProgress): void => {
        done = p.done;
        options.onProgress?.(p);
      };
      options.signal?.addEventListener('abort', () => {
        resolve({ rows: [...this.rows.slice(0, done), ...this.rows.slice(done).map((r) => ({ ...r, outcome: 'notReached' as const, drift: undefined, reason: undefined }))], cancelled: true });
      });
      this.pending = { progress, finish: () => resolve({ rows: this.rows, cancelled: false }), fail: reject };
    });
  }

  /** The run in progress reports `done` of `total`. */
  public progress(done: number, total: number): void {
    this.pending?.progress?.({ done, total });
  }

  public finish(): void {
    this.pending?.finish();
  }

  public fail(kind: 'Throttled' | 'Forbidden'): void {
    this.pending?.fail(new GovernanceError(kind, 'scripted failure'));
  }
}
