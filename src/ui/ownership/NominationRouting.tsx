import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../core/errors';
import type { Assignee } from '../../core/governanceRoles';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { errorKindOf, errorText } from '../errorText';
import { format, formatPlural } from '../format';
import type { INominationService, NominationRoute } from './INominationService';
import { informedText, routedDeciderText } from './ownershipLabels';

/** Whether the routed decider is asked (`routed`) or the focal point chooses the nominee (`other`). */
export type NomineeMode = 'routed' | 'other';

/** The routes of the records a dialog nominates for, read once when it opens. */
export interface RoutesState {
  /** One route per record, in order; undefined while loading or after an error. */
  readonly routes: readonly NominationRoute[] | undefined;
  /** Why the routes could not be read (the dialog still lets the user choose a nominee). */
  readonly error: GovernanceErrorKind | undefined;
  /** `routed` once some record has a decider; `other` while nobody is routed; the user's choice after that. */
  readonly mode: NomineeMode;
  readonly setMode: (mode: NomineeMode) => void;
}

/**
 * Reads where the governance roles route `assets` (one call, so one read of the matrix for all of them) when they
 * are known, and defaults to asking the routed decider when any record has one.
 */
export function useNominationRoutes(service: INominationService, assets: readonly Stored<DataAsset>[] | undefined): RoutesState {
  const [routes, setRoutes] = React.useState<readonly NominationRoute[] | undefined>();
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [mode, setMode] = React.useState<NomineeMode>('other');
  React.useEffect(() => {
    if (assets === undefined) return undefined;
    let live = true;
    service.routes(assets).then(
      (found) => {
        if (!live) return;
        setRoutes(found);
        setMode(found.some((route) => route.decider !== undefined) ? 'routed' : 'other');
      },
      (e: unknown) => {
        if (live) setError(errorKindOf(e));
      }
    );
    return () => {
      live = false;
    };
  }, [service, assets]);
  return { routes, error, mode, setMode };
}

/** Props of {@link RouteChoice}. */
export interface IRouteChoiceProps {
  mode: NomineeMode;
  onChange: (mode: NomineeMode) => void;
  /** The routed option's text ("Ask Kwame Asante, routed by the governance roles"). */
  routedText: string;
  otherText: string;
  disabled: boolean;
}

/** The choice between the routed decider (default) and a nominee the focal point picks. */
export function RouteChoice(props: IRouteChoiceProps): React.ReactElement {
  const { mode, onChange, routedText, otherText, disabled } = props;
  const options: IChoiceGroupOption[] = [
    { key: 'routed', text: routedText },
    { key: 'other', text: otherText }
  ];
  return (
    <ChoiceGroup
      label={ownershipStrings.RouteChoiceLabel}
      selectedKey={mode}
      options={options}
      disabled={disabled}
      onChange={(_, option) => option && onChange(option.key === 'routed' ? 'routed' : 'other')}
    />
  );
}

/** Props of {@link RouteSummary}. */
export interface IRouteSummaryProps {
  state: RoutesState;
  strings: IGovernanceSuiteStrings;
}

/** Loading, unavailable (a warning: the user chooses), or nobody routed (an error): what every dialog shows first. */
function RouteStatus(props: IRouteSummaryProps): React.ReactElement {
  const { state, strings } = props;
  if (state.error !== undefined) {
    return <MessageBar messageBarType={MessageBarType.warning}>{format(ownershipStrings.RouteUnavailable, errorText(state.error, strings))}</MessageBar>;
  }
  if (state.routes === undefined) return <Spinner size={SpinnerSize.small} label={ownershipStrings.RouteLoading} />;
  return <></>;
}

/** One record's route: who the governance roles ask and why, who is Informed; an error when nobody but you could decide. */
export function RouteSummary(props: IRouteSummaryProps): React.ReactElement {
  const { state } = props;
  const s = ownershipStrings;
  const route = state.routes?.[0];
  const decider = route === undefined ? undefined : routedDeciderText(route, s);
  return (
    <section aria-label={s.RouteHeading} data-testid="ownership-route">
      <RouteStatus {...props} />
      {route !== undefined && decider !== undefined && <Text as="p" block data-testid="routed-decider" styles={{ root: { margin: '0 0 4px' } }}>{format(s.RouteDecider, decider)}</Text>}
      {route !== undefined && decider === undefined && (
        <MessageBar messageBarType={MessageBarType.error} data-testid="routed-nobody">{s.IssueNoDecider}</MessageBar>
      )}
      {route !== undefined && route.informed.length > 0 && (
        <Text as="p" block data-testid="routed-informed" styles={{ root: { margin: 0 } }}>{format(s.RouteInformed, informedText(route.informed, s))}</Text>
      )}
    </section>
  );
}

/** A line of the bulk confirmation: the records one person is asked to decide, and why. */
export interface RouteGroup {
  readonly key: string;
  readonly count: number;
  /** "Kwame Asante (Kenya's Accountable)"; undefined for the records nobody but you could decide. */
  readonly decider: string | undefined;
  readonly informed: readonly Assignee[];
}

/**
 * The routes grouped by who decides and why (largest first; the records nobody can decide last), with the union
 * of their Informed.
 */
export function groupRoutes(routes: readonly NominationRoute[], strings: IOwnershipStrings): RouteGroup[] {
  const groups = new Map<string, { count: number; decider: string | undefined; informed: Map<string, Assignee> }>();
  for (const route of routes) {
    const decider = routedDeciderText(route, strings);
    const key = decider === undefined ? 'nobody' : `${route.decider?.id ?? ''}|${decider}`;
    const group = groups.get(key) ?? { count: 0, decider, informed: new Map<string, Assignee>() };
    group.count += 1;
    for (const who of route.informed) group.informed.set(who.kind === 'Group' ? `g:${who.group.toLowerCase()}` : `p:${who.person.id}`, who);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, count: g.count, decider: g.decider, informed: [...g.informed.values()] }))
    .sort((a, b) => (a.decider === undefined ? 1 : 0) - (b.decider === undefined ? 1 : 0) || b.count - a.count || (a.decider ?? '').localeCompare(b.decider ?? ''));
}

/** The bulk confirmation: "12 records to Kwame Asante (Kenya's Accountable)", each with its Informed. */
export function RouteGroups(props: IRouteSummaryProps): React.ReactElement {
  const { state } = props;
  const s = ownershipStrings;
  const groups = state.routes === undefined ? [] : groupRoutes(state.routes, s);
  return (
    <section aria-label={s.RouteHeading} data-testid="ownership-routes">
      <RouteStatus {...props} />
      {groups.length > 0 && (
        <ul aria-label={s.RouteHeading} style={{ margin: '4px 0', paddingLeft: 20 }}>
          {groups.map((group) => (
            <li key={group.key} data-testid={group.decider === undefined ? 'route-group-nobody' : 'route-group'}>
              {group.decider === undefined ? formatPlural(s.BulkRouteNoDecider, group.count) : formatPlural(s.BulkRouteGroup, group.count, undefined, group.decider)}
              {group.decider !== undefined && group.informed.length > 0 ? `. ${format(s.RouteInformed, informedText(group.informed, s))}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
