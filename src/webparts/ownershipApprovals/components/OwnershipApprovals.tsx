import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { isGovernanceError, type FieldIssue, type GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import type { DecisionDraft } from '../../../core/ownership';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import { formatDay } from '../../../ui/ownership/ownershipLabels';
import { ownershipText } from '../../../ui/ownershipText';
import type { IOwnershipApprovalsProps } from './IOwnershipApprovalsProps';
import { LazyAnomaliesView } from './lazyAnomalies';
import { PastDecisionsList } from './PastDecisionsList';
import { APPROVE_BUTTON_ATTRIBUTE, CARD_ATTRIBUTE, QueueItemCard } from './QueueItemCard';
import { QueueToolbar } from './QueueToolbar';
import { visiblePending, type QueueSort } from './queueView';
import { useFocusAfterDecision } from './useFocusAfterDecision';
import { useApprovalsData } from './useApprovalsData';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';

/** A request the custodian can decide, with the title the queue shows for it. */
interface Decidable {
  readonly request: Stored<OwnershipRequest>;
  readonly title: string;
}

/**
 * Ownership Approvals (issue 6): the signed-in custodian's pending nominations, re-attestations due and past
 * decisions, with Approve / Decline and bulk approve; governance leads also see the anomalies and the recompute job.
 * Reaches data only through `props.service`.
 */
export function OwnershipApprovals(props: IOwnershipApprovalsProps): React.ReactElement {
  const { service, strings, theme } = props;
  const s = ownershipStrings;
  const data = useApprovalsData(service);
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState<{ text: string; warning: boolean } | undefined>();
  const [actionError, setActionError] = React.useState<GovernanceErrorKind | undefined>();
  const [query, setQuery] = React.useState('');
  const [sort, setSort] = React.useState<QueueSort>('due');
  const { viewer, queue } = data;
  const pending = React.useMemo(() => (queue ? visiblePending(queue.pending, query, sort) : []), [queue, query, sort]);
  const focus = useFocusAfterDecision(queue, CARD_ATTRIBUTE, APPROVE_BUTTON_ATTRIBUTE);

  const decidable = React.useMemo((): Decidable[] => {
    if (!queue) return [];
    const items: Decidable[] = queue.pending.map((p) => ({ request: p.request, title: p.title }));
    for (const r of queue.reattestations) if (r.request) items.push({ request: r.request, title: r.title });
    return items;
  }, [queue]);
  // Selections of items that left the queue (decided elsewhere) are dropped.
  const selectedItems = decidable.filter((item) => selected.has(item.request.id));

  const toggle = (requestId: number, on: boolean): void => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(requestId);
      else next.delete(requestId);
      return next;
    });
  };

  const selectAllShown = (on: boolean): void => {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const p of pending) {
        if (on) next.add(p.request.id);
        else next.delete(p.request.id);
      }
      return next;
    });
  };

  const decide = async (item: Decidable, draft: DecisionDraft): Promise<readonly FieldIssue[]> => {
    focus.rememberCard(item.request.id);
    setBusy(true);
    setActionError(undefined);
    try {
      const outcome = await service.decide(item.request, draft);
      const template = draft.decision === 'Approve' ? s.ApprovedAnnouncement : s.DeclinedAnnouncement;
      setAnnouncement({ text: format(template, item.title, ownershipText(outcome.status, strings)), warning: false });
      toggle(item.request.id, false);
      data.reload();
      return [];
    } catch (error) {
      focus.forget();
      if (isGovernanceError(error, 'Validation') && error.issues.length > 0) return error.issues;
      setActionError(errorKindOf(error));
      return [];
    } finally {
      setBusy(false);
    }
  };

  const approveSelected = async (): Promise<void> => {
    setBusy(true);
    setActionError(undefined);
    try {
      const rows = await service.approveMany(selectedItems.map((item) => item.request));
      const failed = rows.filter((row) => !row.ok).map((row) => decidable.find((item) => item.request.id === row.requestId)?.title ?? String(row.requestId));
      const text = format(s.BulkResult, rows.length - failed.length, failed.length) + (failed.length > 0 ? ` ${format(s.BulkFailures, failed.join(', '))}` : '');
      setAnnouncement({ text, warning: failed.length > 0 });
      setSelected(new Set());
      data.reload();
    } catch (error) {
      setActionError(errorKindOf(error));
    } finally {
      setBusy(false);
    }
  };

  const card = (item: Decidable | undefined, key: string | number, title: string, extra: Partial<React.ComponentProps<typeof QueueItemCard>>): React.ReactElement | undefined =>
    viewer ? (
      <QueueItemCard
        key={key}
        title={title}
        request={item?.request}
        viewer={viewer.person}
        selected={item !== undefined && selected.has(item.request.id)}
        onSelect={(on) => item && toggle(item.request.id, on)}
        onDecide={(draft) => (item ? decide(item, draft) : Promise.resolve([]))}
        busy={busy}
        strings={strings}
        {...extra}
      />
    ) : undefined;

  const counts = queue?.counts;
  const content = (
    <div ref={focus.container}>
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Stack horizontal wrap horizontalAlign="space-between" verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <Text as="h2" variant="xLarge" styles={{ root: { margin: 0 } }}>{s.ApprovalsTitle}</Text>
        {viewer && <Text>{format(s.SignedInAs, viewer.person.title)}</Text>}
      </Stack>
      {counts && <Text as="p" data-testid="approvals-counts" styles={{ root: { margin: 0 } }}>{format(s.CountsSummary, counts.pending, counts.reattestations, counts.past)}</Text>}
      <div role="status" aria-live="polite">
        {announcement && (
          <MessageBar messageBarType={announcement.warning ? MessageBarType.warning : MessageBarType.success} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.Close}>
            {announcement.text}
          </MessageBar>
        )}
        {busy && <Text>{s.Deciding}</Text>}
      </div>
      {actionError && <ErrorMessageBar kind={actionError} strings={strings} onDismiss={() => setActionError(undefined)} />}
      {data.error && <ErrorMessageBar kind={data.error} strings={strings} onRetry={data.reload} />}
      {data.loading && !queue && <Spinner label={s.QueueLoading} />}
      {queue && viewer && (
        <Pivot aria-label={s.ApprovalsTitle} overflowBehavior="menu">
          <PivotItem headerText={s.TabPending} itemCount={queue.counts.pending} itemKey="pending">
            <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingTop: 12 } }}>
              {queue.pending.length > 1 && (
                <QueueToolbar
                  query={query}
                  onQuery={setQuery}
                  sort={sort}
                  onSort={setSort}
                  shown={pending.length}
                  total={queue.pending.length}
                  selectedShown={pending.filter((p) => selected.has(p.request.id)).length}
                  onSelectAll={selectAllShown}
                  selectedTotal={selectedItems.length}
                  onApproveSelected={() => approveSelected().catch(() => undefined)}
                  busy={busy}
                />
              )}
              {queue.pending.length === 0 ? (
                <Text as="p" tabIndex={-1} data-queue-empty>{s.EmptyPending}</Text>
              ) : pending.length === 0 ? (
                <Text as="p">{format(s.NoMatches, query)}</Text>
              ) : (
                <ul style={{ padding: 0, margin: 0 }}>
                  {pending.map((p) =>
                    card({ request: p.request, title: p.title }, p.request.id, p.title, { asset: p.asset, overdue: p.overdue })
                  )}
                </ul>
              )}
            </Stack>
          </PivotItem>
          <PivotItem headerText={s.TabReattestations} itemCount={queue.counts.reattestations} itemKey="reattestations">
            <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingTop: 12 } }}>
              {queue.reattestations.length === 0 ? (
                <Text as="p" tabIndex={-1} data-queue-empty>{s.EmptyReattestations}</Text>
              ) : (
                <ul style={{ padding: 0, margin: 0 }}>
                  {queue.reattestations.map((r) => {
                    const dates = format(r.expired ? s.ExpiredOn : s.ApprovedOnExpiresOn, formatDay(r.approvedOn, strings.NotSet), formatDay(r.expiresOn, strings.NotSet));
                    const note = r.request ? dates : `${dates} ${s.AwaitingReattestationRequest}`;
                    return card(r.request ? { request: r.request, title: r.title } : undefined, `asset-${r.asset.id}`, r.title, { asset: r.asset, note });
                  })}
                </ul>
              )}
            </Stack>
          </PivotItem>
          <PivotItem headerText={s.TabPast} itemCount={queue.counts.past} itemKey="past">
            <div style={{ paddingTop: 12 }}>
              <PastDecisionsList items={queue.past} strings={strings} />
            </div>
          </PivotItem>
          {viewer.isLead && data.anomalies && data.statusAnomalies && (
            <PivotItem headerText={s.TabAnomalies} itemCount={data.anomalies.length + data.statusAnomalies.length} itemKey="anomalies">
              <div style={{ paddingTop: 12 }}>
                <React.Suspense fallback={<Spinner />}>
                  <LazyAnomaliesView anomalies={data.anomalies} statusAnomalies={data.statusAnomalies} service={service} onRecomputed={data.reload} strings={strings} />
                </React.Suspense>
              </div>
            </PivotItem>
          )}
        </Pivot>
      )}
    </Stack>
    </div>
  );

  const withPeople = <PeopleDirectoryProvider directory={props.people}>{content}</PeopleDirectoryProvider>;
  return theme ? <ThemeProvider theme={theme}>{withPeople}</ThemeProvider> : withPeople;
}
