import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { PersonRef } from '../../../core/models/common';
import { errorKindOf, errorText } from '../../../ui/errorText';
import { RoutedTo } from '../../../ui/routing/RoutedTo';
import type { CampaignRoutingScope, FallbackReviewerRoute, IAccessReviewService } from '../services/IAccessReviewService';
import { format } from './accessText';
import type { CampaignFormValues } from './campaignForm';

/** Typing a region waits this long before the matrix is read again. */
const SCOPE_SETTLE_MS = 400;

/** The proposal for the form's scope: loading, found, or why it could not be read. */
export interface FallbackProposalState {
  readonly route: FallbackReviewerRoute | undefined;
  readonly error: GovernanceErrorKind | undefined;
  readonly loading: boolean;
}

/** The scope a campaign concerns, for routing: its region (and mission) when it reviews a region, else the organisation. */
export function campaignRoutingScope(values: Pick<CampaignFormValues, 'scopeKind' | 'region' | 'mission'>): CampaignRoutingScope {
  if (values.scopeKind !== 'Region' || values.region.trim() === '') return {};
  return { region: values.region.trim(), mission: values.mission.trim() || undefined };
}

/**
 * Reads who the governance roles propose as the fallback reviewer for the form's scope (again when the region or
 * mission changes, once typing settles) and puts that person in the field while the lead has not chosen someone by
 * hand (`chosenByHand`). Nothing happens when the service cannot propose (`proposeFallbackReviewer` absent).
 */
export function useFallbackProposal(
  service: IAccessReviewService,
  values: CampaignFormValues,
  chosenByHand: boolean,
  setFallback: (person: PersonRef) => void
): FallbackProposalState {
  const scope = campaignRoutingScope(values);
  const key = `${scope.region ?? ''}\n${scope.mission ?? ''}`;
  const [state, setState] = React.useState<FallbackProposalState>({ route: undefined, error: undefined, loading: service.proposeFallbackReviewer !== undefined });
  const byHand = React.useRef(chosenByHand);
  byHand.current = chosenByHand;
  const apply = React.useRef(setFallback);
  apply.current = setFallback;
  React.useEffect(() => {
    const propose = service.proposeFallbackReviewer?.bind(service);
    if (propose === undefined) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    const [region, mission] = key.split('\n');
    const timer = setTimeout(() => {
      propose({ region: region || undefined, mission: mission || undefined }).then(
        (route) => {
          if (!live) return;
          setState({ route, error: undefined, loading: false });
          if (!byHand.current && route.decider !== undefined) apply.current(route.decider);
        },
        (e: unknown) => {
          if (live) setState({ route: undefined, error: errorKindOf(e), loading: false });
        }
      );
    }, key === '\n' ? 0 : SCOPE_SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [service, key]);
  return state;
}

/** Props of {@link FallbackProposal}. */
export interface IFallbackProposalProps {
  state: FallbackProposalState;
  /** The person in the field now. */
  current: PersonRef | undefined;
  onUse: (person: PersonRef) => void;
  disabled: boolean;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
}

/** Who the governance roles propose and why, the Informed, and a way back to the proposal after choosing another person. */
export function FallbackProposal(props: IFallbackProposalProps): React.ReactElement {
  const { state, current, onUse, disabled, strings, shared } = props;
  if (state.error !== undefined) {
    return <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="fallback-route-unavailable">{format(strings.FallbackRouteUnavailable, errorText(state.error, shared))}</MessageBar>;
  }
  if (state.route === undefined) return state.loading ? <Spinner size={SpinnerSize.small} label={strings.FallbackRouteLoading} /> : <></>;
  const { route } = state;
  const decider = route.decider;
  return (
    <div>
      <RoutedTo
        route={{ ...route.routing, decider, scopeName: route.scopeName }}
        heading={strings.FallbackRouteHeading}
        sentence={strings.FallbackRouteProposed}
        informed={strings.FallbackRouteInformed}
        nobody={strings.FallbackRouteNobody}
        testId="fallback-route"
      />
      {decider !== undefined && current?.id !== decider.id && (
        <DefaultButton text={format(strings.FallbackRouteUse, decider.title)} onClick={() => onUse(decider)} disabled={disabled} styles={{ root: { marginTop: 4 } }} />
      )}
    </div>
  );
}
