import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { ReviewedItem } from '../../../core/accessReviews';
import { isGovernanceError, type GovernanceErrorKind } from '../../../core/errors';
import type { AccessReviewCampaign } from '../../../core/models/accessReview';
import type { Stored } from '../../../core/models/common';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { downloadBlob, fileNameFor } from '../../../ui/export/download';
import { errorKindOf } from '../../../ui/errorText';
import type { AccessReviewSession, CampaignDetail, IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, format, formatNumber, isoDay, runTask } from './accessText';
import { CampaignItemsTable } from './CampaignItemsTable';
import { CampaignProgressBar } from './CampaignProgressBar';
import { CloseConfirmDialog, CloseConflictDialog } from './CloseCampaignDialogs';
import { LazyEvidenceReport } from './lazyParts';

/** Props of {@link CampaignDetailPanel}. */
export interface ICampaignDetailPanelProps {
  service: IAccessReviewService;
  session: AccessReviewSession;
  campaignId: number;
  today: Date;
  /** The campaign changed (started, closed, removals applied): the list reads again. */
  onChanged: () => void;
  onDismiss: () => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

/**
 * One campaign: its figures and items; Start (draft) and Close (with confirmation; a concurrent change is shown, not
 * overwritten); once closed, the remediation list (CSV, xlsx), the evidence report, and "Mark applied" for removals
 * done by hand in the source system when the suite does not remove through Graph.
 */
export function CampaignDetailPanel(props: ICampaignDetailPanelProps): React.ReactElement {
  const { service, session, campaignId, today, strings, shared, locale } = props;
  const [detail, setDetail] = React.useState<CampaignDetail | undefined>(undefined);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [confirmClose, setConfirmClose] = React.useState(false);
  const [conflict, setConflict] = React.useState<{ saved?: Stored<AccessReviewCampaign> } | undefined>(undefined);
  const [evidenceOpen, setEvidenceOpen] = React.useState(false);
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = React.useState<string | undefined>(undefined);

  const load = React.useCallback(async (): Promise<CampaignDetail | undefined> => {
    try {
      const next = await service.campaignDetail(campaignId);
      setDetail(next);
      return next;
    } catch (e: unknown) {
      setError(errorKindOf(e));
      return undefined;
    }
  }, [service, campaignId]);
  React.useEffect(() => runTask(load()), [load]);

  /** Runs one action; errors show in the panel, a Conflict opens the conflict dialog with the saved version. */
  const act = async (action: () => Promise<unknown>, done?: string): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      if (done) setNotice(done);
      await load();
      props.onChanged();
    } catch (e: unknown) {
      if (isGovernanceError(e, 'Conflict')) {
        const saved = await service.campaignDetail(campaignId).then((d) => d.campaign, () => undefined);
        setConflict({ saved });
      } else setError(errorKindOf(e));
    } finally {
      setBusy(false);
      setConfirmClose(false);
    }
  };

  const download = async (fileFormat: 'csv' | 'xlsx'): Promise<void> => {
    if (!detail) return;
    const blob = await service.remediationFile(campaignId, fileFormat);
    downloadBlob(blob, fileNameFor([strings.RemediationFilePrefix, detail.campaign.title, isoDay(today)], fileFormat));
  };

  const campaign = detail?.campaign;
  const canMarkApplied = campaign?.state === 'Closed' && !session.graphRemovalEnabled;
  const selectable = (row: ReviewedItem): boolean => canMarkApplied && row.outcome === 'Remove' && !row.item.appliedOn;
  const markApplied = (): Promise<void> =>
    act(async () => {
      const items = (detail?.reviewed ?? []).filter((r) => selected.has(r.item.id)).map((r) => r.item);
      const results = await service.markApplied(items, isoDay(today));
      setSelected(new Set());
      const failed = results.filter((r) => !r.ok).length;
      setNotice(format(strings.MarkedApplied, formatNumber(results.length - failed, locale), formatNumber(failed, locale)));
    });

  return (
    <Panel isOpen type={PanelType.large} headerText={campaign?.title ?? strings.Loading} onDismiss={props.onDismiss} closeButtonAriaLabel={strings.Close}>
      {error && <ErrorMessageBar kind={error} strings={shared} onDismiss={() => setError(undefined)} />}
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>}
      {!detail && !error && <Spinner label={strings.Loading} />}
      {detail && campaign && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text block>{format(strings.StateLine, codeText(strings.CampaignStates, campaign.state))}</Text>
          <CampaignProgressBar progress={detail.progress} strings={strings} locale={locale} />
          <Text block data-testid="campaign-figures">
            {format(strings.FiguresText, ...[detail.progress.total, detail.progress.decided, detail.progress.withFallback, detail.progress.toRemove, detail.progress.ignoredDecisions].map((n) => formatNumber(n, locale)))}
          </Text>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {campaign.state === 'Draft' && <PrimaryButton text={strings.StartCampaign} disabled={busy} onClick={() => runTask(act(() => service.startCampaign(campaignId, undefined), strings.CampaignStarted))} />}
            {campaign.state === 'Active' && <DefaultButton text={strings.CloseCampaign} disabled={busy} onClick={() => setConfirmClose(true)} />}
            {campaign.state === 'Closed' && (
              <>
                <DefaultButton text={strings.DownloadRemediationCsv} iconProps={{ iconName: 'Download' }} disabled={busy} onClick={() => runTask(act(() => download('csv')))} />
                <DefaultButton text={strings.DownloadRemediationXlsx} iconProps={{ iconName: 'ExcelDocument' }} disabled={busy} onClick={() => runTask(act(() => download('xlsx')))} />
                <DefaultButton text={strings.EvidenceReport} iconProps={{ iconName: 'Print' }} onClick={() => setEvidenceOpen(true)} />
                {canMarkApplied && <DefaultButton text={format(strings.MarkApplied, selected.size)} disabled={busy || selected.size === 0} onClick={() => runTask(markApplied())} />}
              </>
            )}
          </Stack>
          {busy && <Spinner label={strings.Working} ariaLive="polite" />}
          <CampaignItemsTable reviewed={detail.reviewed} selectable={selectable} selected={selected} strings={strings} locale={locale}
            onSelect={(id, on) => setSelected((s) => { const next = new Set(s); if (on) next.add(id); else next.delete(id); return next; })} />
        </Stack>
      )}
      {confirmClose && campaign && (
        <CloseConfirmDialog title={campaign.title} busy={busy} strings={strings} onDismiss={() => setConfirmClose(false)}
          onConfirm={() => runTask(act(() => service.closeCampaign(campaignId, campaign.etag), strings.CampaignClosed))} />
      )}
      {conflict && (
        <CloseConflictDialog saved={conflict.saved} strings={strings} shared={shared} locale={locale} onDismiss={() => setConflict(undefined)}
          onReload={() => { setConflict(undefined); runTask(load()); }} />
      )}
      <React.Suspense fallback={null}>
        {evidenceOpen && campaign && (
          <LazyEvidenceReport service={service} campaign={campaign} today={today} strings={strings} shared={shared} locale={locale} onClose={() => setEvidenceOpen(false)} />
        )}
      </React.Suspense>
    </Panel>
  );
}
