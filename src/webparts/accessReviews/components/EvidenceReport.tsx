import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { EvidenceLine } from '../../../core/accessReviews';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { AccessReviewCampaign } from '../../../core/models/accessReview';
import type { Stored } from '../../../core/models/common';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { downloadBlob, fileNameFor } from '../../../ui/export/download';
import { errorKindOf } from '../../../ui/errorText';
import { noPrint, paperSelectors, printOnlyLayerRule } from '../../../ui/print/printStyles';
import type { IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, format, formatDay, isoDay, runTask } from './accessText';

const LAYER_CLASS = 'access-review-evidence-layer';

// While the report is open, printing shows only its layer: every other child of <body> is hidden on paper.
const printRule = printOnlyLayerRule(LAYER_CLASS);

// Evidence is read on paper: black on white, ruled cells, whatever the page's theme.
const sheet = mergeStyles({
  background: '#ffffff', color: '#000000', padding: 8,
  selectors: {
    ...paperSelectors,
    'th, td': { ...paperSelectors['th, td'], overflowWrap: 'anywhere' }
  }
});

/** Props of {@link EvidenceReport}. */
export interface IEvidenceReportProps {
  service: IAccessReviewService;
  campaign: Stored<AccessReviewCampaign>;
  today: Date;
  onClose: () => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

/**
 * The auditors' evidence of a campaign: every item with its outcome, who decided it and when, the justification,
 * and each decision that did not count with the reason. Printable (Print hides the rest of the page) and as CSV.
 */
export function EvidenceReport(props: IEvidenceReportProps): React.ReactElement {
  const { service, campaign, today, strings, shared, locale } = props;
  const [lines, setLines] = React.useState<readonly EvidenceLine[] | undefined>(undefined);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  React.useEffect(() => {
    service.evidence(campaign.id).then(setLines, (e: unknown) => setError(errorKindOf(e)));
    document.body.classList.add(printRule);
    return () => document.body.classList.remove(printRule);
  }, [service, campaign.id]);

  const downloadCsv = async (): Promise<void> => {
    try {
      downloadBlob(await service.evidenceCsv(campaign.id), fileNameFor([strings.EvidenceFilePrefix, campaign.title, isoDay(today)], 'csv'));
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  };
  const day = (iso: string): string => formatDay(iso || undefined, strings, locale);
  const headers = [strings.ColumnPrincipal, strings.ColumnResource, strings.ColumnEntitlement, strings.ColumnReviewer, strings.ColumnOutcome, strings.ColumnSource,
    strings.ColumnDecidedBy, strings.ColumnJustification, strings.ColumnNotCounted, strings.ColumnApplied];

  return (
    <Panel isOpen type={PanelType.extraLarge} headerText={format(strings.EvidenceTitle, campaign.title)} onDismiss={props.onClose} closeButtonAriaLabel={strings.Close}
      layerProps={{ className: LAYER_CLASS }}>
      <div className={noPrint}>
        <PrimaryButton text={strings.Print} iconProps={{ iconName: 'Print' }} onClick={() => window.print()} disabled={!lines} />
        <DefaultButton text={strings.DownloadCsv} iconProps={{ iconName: 'Download' }} onClick={() => runTask(downloadCsv())} />
      </div>
      {error && <ErrorMessageBar kind={error} strings={shared} />}
      {!lines && !error && <Spinner label={strings.Loading} />}
      {lines && (
        <div className={sheet}>
          <p>{format(strings.EvidenceGenerated, formatDay(today.toISOString(), strings, locale), codeText(strings.CampaignStates, campaign.state))}</p>
          <table data-testid="evidence-table">
            <caption style={{ textAlign: 'left', fontWeight: 600 }}>{strings.EvidenceCaption}</caption>
            <thead><tr>{headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.itemId}>
                  <th scope="row">{l.principal}</th>
                  <td>{l.resource}</td>
                  <td>{l.entitlement}</td>
                  <td>{l.reviewer || strings.NotSet}</td>
                  <td>{l.outcome ? codeText(strings.Decisions, l.outcome) : strings.Undecided}</td>
                  <td>{codeText(strings.OutcomeSources, l.source)}</td>
                  <td>{l.decidedBy ? `${l.decidedBy}, ${day(l.decidedOn)}` : strings.NotSet}</td>
                  <td>{l.justification}</td>
                  <td>
                    {l.notCounted.length === 0 ? strings.None : (
                      <ul style={{ margin: 0, paddingLeft: 16 }}>
                        {l.notCounted.map((n, i) => (
                          <li key={i}>{format(strings.NotCountedEvidence, n.author || strings.NotSet, codeText(strings.Decisions, n.decision), day(n.on), codeText(strings.IgnoredReasons, n.reason))}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{l.appliedOn ? day(l.appliedOn) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
