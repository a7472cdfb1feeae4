import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { AccessReviewDecisionValue } from '../../../core/models/accessReview';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import type { AccessReviewSession, DecideResult, IAccessReviewService, MyReviewRow } from '../services/IAccessReviewService';
import { format, runTask } from './accessText';
import { BulkBar } from './BulkBar';
import { DecidedList } from './DecidedList';
import { DecideDialog } from './DecideDialog';
import { DecideProgress, DecideResults } from './DecideResults';
import { ReviewRowCard, rowLabel } from './ReviewRowCard';
import { isOverdue, matchesFilter, splitRows, type RecommendationFilter } from './reviewRows';

/** Props of {@link MyReviewsView}. */
export interface IMyReviewsViewProps {
  service: IAccessReviewService;
  session: AccessReviewSession;
  today: Date;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

interface Pending {
  readonly rows: readonly MyReviewRow[];
  readonly decision: AccessReviewDecisionValue;
}

/**
 * The signed-in reviewer's items: undecided first as cards (two clicks to decide), a filter and bulk decisions, then
 * what was decided and which of their decisions did not count. After a decision, focus goes to the next undecided
 * card, so a keyboard user works down the list without returning to the top.
 */
export function MyReviewsView(props: IMyReviewsViewProps): React.ReactElement {
  const { service, session, today, strings, shared, locale } = props;
  const [rows, setRows] = React.useState<MyReviewRow[] | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const [text, setText] = React.useState('');
  const [recommendation, setRecommendation] = React.useState<RecommendationFilter>('all');
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const [pending, setPending] = React.useState<Pending | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | undefined>(undefined);
  const [results, setResults] = React.useState<{ list: readonly DecideResult[]; rows: readonly MyReviewRow[] } | undefined>(undefined);
  const [saveError, setSaveError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const focusIndex = React.useRef<number | undefined>(undefined);
  const listRef = React.useRef<HTMLUListElement>(null);

  const load = React.useCallback(async (): Promise<void> => {
    setLoadError(undefined);
    try {
      setRows(await service.myReviews());
    } catch (e: unknown) {
      setLoadError(errorKindOf(e));
    }
  }, [service]);
  React.useEffect(() => runTask(load()), [load]);

  const { pending: undecided, decided } = React.useMemo(() => splitRows(rows ?? [], session.currentUser), [rows, session]);
  const shown = undecided.filter((row) => matchesFilter(row, text, recommendation));

  React.useEffect(() => {
    // After a decision the list is re-read: focus the card now at the decided card's place (or the last one).
    const index = focusIndex.current;
    if (index === undefined || !listRef.current) return;
    focusIndex.current = undefined;
    const cards = listRef.current.querySelectorAll<HTMLElement>('[data-review-index]');
    const target = cards[Math.min(index, cards.length - 1)];
    target?.focus();
  }, [rows]);

  const decide = async (justification: string): Promise<void> => {
    if (!pending) return;
    const firstIndex = shown.findIndex((r) => r.item.id === pending.rows[0].item.id);
    setBusy(true);
    setSaveError(undefined);
    setProgress(pending.rows.length > 1 ? { done: 0, total: pending.rows.length } : undefined);
    try {
      const list = await service.decide(pending.rows, pending.decision, justification || undefined, (done, total) => setProgress({ done, total }));
      setResults(pending.rows.length > 1 || list.some((r) => !r.ok) ? { list, rows: pending.rows } : undefined);
      setSelected(new Set());
      setPending(undefined);
      focusIndex.current = Math.max(0, firstIndex);
      await load();
    } catch (e: unknown) {
      setSaveError(errorKindOf(e));
      setPending(undefined);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  if (loadError) return <ErrorMessageBar kind={loadError} strings={shared} onRetry={() => runTask(load())} />;
  if (!rows) return <Spinner label={strings.Loading} />;

  const toggle = (id: number, on: boolean): void => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const selectedRows = shown.filter((r) => selected.has(r.item.id));
  const justificationRequired = (pending?.rows ?? []).some((r) => r.campaign.justificationRequired);

  return (
    <div>
      {saveError && <ErrorMessageBar kind={saveError} strings={shared} onDismiss={() => setSaveError(undefined)} />}
      {results && <DecideResults results={results.list} rows={results.rows} onDismiss={() => setResults(undefined)} strings={strings} locale={locale} />}
      {progress && <DecideProgress done={progress.done} total={progress.total} strings={strings} locale={locale} />}
      <Text as="h3" variant="large" block>{strings.ToDecideSection}</Text>
      {undecided.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>{strings.NothingToReview}</MessageBar>
      ) : (
        <>
          <BulkBar text={text} onText={setText} recommendation={recommendation} onRecommendation={setRecommendation} shownCount={shown.length}
            selectedCount={selectedRows.length} allSelected={selectedRows.length === shown.length} disabled={busy} strings={strings} locale={locale}
            onSelectAll={(on) => setSelected(on ? new Set(shown.map((r) => r.item.id)) : new Set())}
            onBulk={(decision) => setPending({ rows: selectedRows, decision })} />
          {shown.length === 0 && <Text block>{strings.NoRowMatches}</Text>}
          <ul ref={listRef} aria-label={strings.ToDecideSection} style={{ padding: 0, margin: 0 }}>
            {shown.map((row, index) => (
              <ReviewRowCard key={row.item.id} row={row} index={index} overdue={isOverdue(row, today)} selected={selected.has(row.item.id)}
                onSelect={(on) => toggle(row.item.id, on)} onDecide={(decision) => setPending({ rows: [row], decision })} disabled={busy} strings={strings} locale={locale} />
            ))}
          </ul>
        </>
      )}
      <DecidedList rows={decided} me={session.currentUser} strings={strings} locale={locale} />
      {pending && (
        <DecideDialog decision={pending.decision} justificationRequired={justificationRequired} busy={busy} strings={strings}
          subject={pending.rows.length === 1 ? rowLabel(pending.rows[0], strings) : format(strings.SelectedItems, pending.rows.length)}
          onConfirm={(j) => runTask(decide(j))} onDismiss={() => setPending(undefined)} />
      )}
    </div>
  );
}
