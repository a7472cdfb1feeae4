import * as React from 'react';
import { ActionButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../../core/errors';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import type { AccessReviewSession, CampaignSummary, IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, format, formatDay, formatNumber, runTask } from './accessText';
import { CampaignProgressBar } from './CampaignProgressBar';
import { LazyCampaignDetailPanel } from './lazyParts';
import { useTableCss } from './tableStyles';

/** Props of {@link CampaignsView}. */
export interface ICampaignsViewProps {
  service: IAccessReviewService;
  session: AccessReviewSession;
  today: Date;
  onNew: () => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

/** The leads' list of campaigns: state, dates, progress and size; a campaign's name opens its detail. */
export function CampaignsView(props: ICampaignsViewProps): React.ReactElement {
  const { service, session, today, strings, shared, locale } = props;
  const [campaigns, setCampaigns] = React.useState<CampaignSummary[] | undefined>(undefined);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const [openId, setOpenId] = React.useState<number | undefined>(undefined);
  const css = useTableCss();

  const load = React.useCallback(async (): Promise<void> => {
    setError(undefined);
    try {
      setCampaigns(await service.listCampaigns());
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  }, [service]);
  React.useEffect(() => runTask(load()), [load]);

  return (
    <div>
      <PrimaryButton text={strings.NewCampaign} iconProps={{ iconName: 'Add' }} onClick={props.onNew} />
      {error && <ErrorMessageBar kind={error} strings={shared} onRetry={() => runTask(load())} />}
      {!campaigns && !error && <Spinner label={strings.Loading} />}
      {campaigns && campaigns.length === 0 && <Text block styles={{ root: { marginTop: 8 } }}>{strings.NoCampaigns}</Text>}
      {campaigns && campaigns.length > 0 && (
        <table className={css.table}>
          <caption className={css.caption}>{strings.CampaignsCaption}</caption>
          <thead>
            <tr>
              {[strings.ColumnCampaign, strings.ColumnState, strings.ColumnDates, strings.ColumnProgress, strings.ColumnItems].map((h) => (
                <th key={h} scope="col" className={css.cell}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {campaigns.map(({ campaign, progress }) => (
              <tr key={campaign.id} data-testid="campaign-row">
                <th scope="row" className={css.cell}>
                  <ActionButton text={campaign.title} ariaLabel={format(strings.OpenCampaign, campaign.title)} onClick={() => setOpenId(campaign.id)} styles={{ root: { padding: 0, height: 'auto' } }} />
                </th>
                <td className={css.cell}>{codeText(strings.CampaignStates, campaign.state)}</td>
                <td className={css.cell}>{format(strings.DatesText, formatDay(campaign.startDate, strings, locale), formatDay(campaign.dueDate, strings, locale))}</td>
                <td className={css.cell}>{progress ? <CampaignProgressBar progress={progress} strings={strings} locale={locale} /> : strings.NotStarted}</td>
                <td className={css.cell}>{campaign.itemCount === undefined ? strings.NotSet : formatNumber(campaign.itemCount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <React.Suspense fallback={null}>
        {openId !== undefined && (
          <LazyCampaignDetailPanel service={service} session={session} campaignId={openId} today={today} strings={strings} shared={shared} locale={locale}
            onChanged={() => runTask(load())} onDismiss={() => setOpenId(undefined)} />
        )}
      </React.Suspense>
    </div>
  );
}
