import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { GovernanceErrorKind } from '../../../core/errors';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';
import { useStableId } from '../../../ui/useStableId';
import type { AccessReviewSession } from '../services/IAccessReviewService';
import { format, runTask } from './accessText';
import type { CampaignFormInitial } from './campaignForm';
import type { AccessReviewsView, IAccessReviewsProps } from './IAccessReviewsProps';
import { LazyCampaignFormPanel, LazyCampaignsView, LazySoDView, LazyStaleGroupsView } from './lazyParts';
import { MyReviewsView } from './MyReviewsView';

const defaultNow = (): Date => new Date();

/**
 * Access Reviews (issue 16): a reviewer's items to keep or remove; for governance leads, campaigns (create, start,
 * follow, close, remediation list and evidence), stale groups and segregation-of-duties rules, violations and
 * exceptions. Reaches data only through `props.service`.
 */
export function AccessReviews(props: IAccessReviewsProps): React.ReactElement {
  const { service, strings, shared, theme, locale } = props;
  const now = props.now ?? defaultNow;
  const [session, setSession] = React.useState<AccessReviewSession | undefined>(undefined);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const [view, setView] = React.useState<AccessReviewsView>(props.defaultView ?? 'myReviews');
  const [form, setForm] = React.useState<CampaignFormInitial | undefined>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  // Bumped when a campaign is created, so the campaigns list reads again.
  const [campaignsVersion, setCampaignsVersion] = React.useState(0);
  const titleId = useStableId('access-reviews-title');

  const load = React.useCallback(async (): Promise<void> => {
    setError(undefined);
    try {
      setSession(await service.session());
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  }, [service]);
  React.useEffect(() => runTask(load()), [load]);

  const today = now();
  let body: React.ReactElement;
  if (error) {
    body = <ErrorMessageBar kind={error} strings={shared} onRetry={() => runTask(load())} />;
  } else if (!session) {
    body = <Spinner label={strings.Loading} />;
  } else {
    const leadsOnly = <MessageBar messageBarType={MessageBarType.info}>{strings.LeadsOnly}</MessageBar>;
    body = (
      <>
        <Pivot selectedKey={view} onLinkClick={(item) => item?.props.itemKey && setView(item.props.itemKey as AccessReviewsView)} headersOnly overflowBehavior="menu" overflowAriaLabel={strings.MoreViews}>
          <PivotItem itemKey="myReviews" headerText={strings.TabMyReviews} />
          <PivotItem itemKey="campaigns" headerText={strings.TabCampaigns} />
          <PivotItem itemKey="staleGroups" headerText={strings.TabStaleGroups} />
          <PivotItem itemKey="sod" headerText={strings.TabSoD} />
        </Pivot>
        <div style={{ paddingTop: 8 }}>
          {view === 'myReviews' && <MyReviewsView service={service} session={session} today={today} strings={strings} shared={shared} locale={locale} />}
          <React.Suspense fallback={<Spinner label={strings.Loading} />}>
            {view === 'campaigns' && (session.isLead
              ? <LazyCampaignsView key={campaignsVersion} service={service} session={session} today={today} strings={strings} shared={shared} locale={locale} onNew={() => setForm({})} />
              : leadsOnly)}
            {view === 'staleGroups' && (session.isLead
              ? <LazyStaleGroupsView service={service} strings={strings} shared={shared} locale={locale}
                  onReview={(group) => setForm({ name: format(strings.ReviewOfGroup, group.displayName), scopeKind: 'Groups', groups: [group] })} />
              : leadsOnly)}
            {view === 'sod' && <LazySoDView service={service} session={session} today={today} strings={strings} shared={shared} locale={locale} />}
          </React.Suspense>
        </div>
        <React.Suspense fallback={null}>
          {form && (
            <LazyCampaignFormPanel service={service} initial={form} today={today} strings={strings} shared={shared} locale={locale}
              onDismiss={() => setForm(undefined)}
              onCreated={(campaign) => {
                setForm(undefined);
                setNotice(campaign.state === 'Active' ? strings.CampaignStarted : strings.CampaignSaved);
                setCampaignsVersion((v) => v + 1);
                setView('campaigns');
              }} />
          )}
        </React.Suspense>
      </>
    );
  }

  return (
    <ThemeProvider theme={theme}>
      <PeopleDirectoryProvider directory={props.people}>
        <section aria-labelledby={titleId} style={{ padding: 8 }}>
          <Text as="h2" variant="xLarge" id={titleId} block>{strings.Title}</Text>
          {notice && (
            <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>
          )}
          {body}
        </section>
      </PeopleDirectoryProvider>
    </ThemeProvider>
  );
}
