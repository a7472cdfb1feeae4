import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { isGovernanceError } from '../../../../core/errors';
import { audienceValues, judgeAcknowledgement, measureState } from '../../../../core/literacy/rules';
import type { LiteracyMeasure } from '../../../../core/literacy/model';
import type { PersonRef, Stored } from '../../../../core/models/common';
import { SafeLink } from '../../../../ui/details/SafeLink';
import { errorKindOf, errorText } from '../../../../ui/errorText';
import { sectionTableStyles, useSectionData } from '../detailsSection';
import { format, formatDate } from '../../../../ui/format';
import type { RegisterRow, RegistryUser } from '../../services/IAIRegistryService';
import type { ILiteracyService } from '../../services/ILiteracyService';
import { LiteracyMeasurePanel, type SystemOption } from './LiteracyMeasurePanel';
import { AUDIENCE_KEYS, FORMAT_KEYS, gapText } from './literacyText';

/** Props of {@link LiteracySection}. */
export interface ILiteracySectionProps {
  row: RegisterRow;
  service: ILiteracyService;
  /** The signed-in user (acknowledging; leads add and edit measures). */
  user?: RegistryUser;
  /** AI systems a lead may choose in the measure form (the register's rows). */
  systems: readonly SystemOption[];
  /** People search for a measure's named audience. */
  onResolvePeople: (text: string) => Promise<PersonRef[]>;
  /** Called after a write, so the register's literacy column reloads. */
  onChanged?: () => void;
  strings: IAIRegistryLiteracyStrings;
  suiteStrings: IGovernanceSuiteStrings;
  /** Today (tests fix it). */
  now?: Date;
}

type Editing = { mode: 'create' } | { mode: 'edit'; measure: Stored<LiteracyMeasure> };

/**
 * The system's AI literacy (EU AI Act Art. 4) in its details panel: coverage, the reasons for any gap, the measures
 * with their evidence, "I have completed this" for the signed-in user in a current measure's audience, and a lead's
 * add / edit form. Plain tables with captions and headers.
 */
export function LiteracySection(props: ILiteracySectionProps): React.ReactElement {
  const { row, service, user, strings, suiteStrings } = props;
  const theme = useTheme();
  const [busyId, setBusyId] = React.useState<number | undefined>();
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>();
  const [editing, setEditing] = React.useState<Editing | undefined>();
  const headingId = `literacy-${row.system.id}`;
  const now = props.now ?? new Date();

  const { view, loadError, reload } = useSectionData(() => service.coverage([row]).then((loaded) => loaded.get(row.system.id)), [service, row], strings.LoadFailed, suiteStrings);

  const { cell, table, caption, subtext } = sectionTableStyles(theme);

  const me = user?.person;
  const currentIds = new Set((view?.coverage.current ?? []).map((m) => m.id));
  const mineDone = (measure: Stored<LiteracyMeasure>): boolean =>
    me !== undefined && (view?.acknowledgements ?? []).some((a) => a.measure?.id === measure.id && a.author?.id === me.id && judgeAcknowledgement(a, measure, now).counts);
  const inAudience = (measure: LiteracyMeasure): boolean =>
    me !== undefined && (measure.audienceKind !== 'Named people' || (measure.audiencePeople ?? []).some((p) => p.id === me.id));

  const acknowledge = async (measure: Stored<LiteracyMeasure>): Promise<void> => {
    setBusyId(measure.id);
    setMessage(undefined);
    try {
      await service.acknowledge(measure.id);
      setMessage({ error: false, text: format(strings.AcknowledgedAnnouncement, measure.title) });
      reload();
      props.onChanged?.();
    } catch (error) {
      const code = isGovernanceError(error, 'Validation') ? error.issues[0]?.code : undefined;
      setMessage({ error: true, text: code === 'measureNotCurrent' ? strings.Errors.measureNotCurrent : errorText(errorKindOf(error), suiteStrings) });
    } finally {
      setBusyId(undefined);
    }
  };

  const status = (measure: Stored<LiteracyMeasure>): string => {
    const state = measureState(measure, now);
    if (!state.current) return state.reason === 'lapsed' ? format(strings.StatusLapsed, formatDate(state.lapsedOn, suiteStrings.NotSet)) : strings.StatusNotDelivered;
    return currentIds.has(measure.id) ? format(strings.StatusCurrent, formatDate(state.lapsesOn, suiteStrings.NotSet)) : strings.StatusReclassified;
  };
  const audience = (measure: LiteracyMeasure): string => {
    const kind = strings.AudienceKinds[AUDIENCE_KEYS[measure.audienceKind]] ?? measure.audienceKind;
    const values = measure.audienceKind === 'Named people' ? (measure.audiencePeople ?? []).map((p) => p.title) : audienceValues(measure);
    return `${kind}: ${values.join(', ')}`;
  };

  const coverage = view?.coverage;
  return (
    <section aria-labelledby={headingId} data-testid="literacy-section">
      <Text as="h3" id={headingId} block variant="large" styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.Heading}</Text>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block variant="small" style={subtext}>{strings.Intro}</Text>
        {!view && !loadError && <Text role="status">{strings.Loading}</Text>}
        {loadError && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" actions={<DefaultButton text={suiteStrings.Retry} onClick={() => reload()} />}>{loadError}</MessageBar>
        )}
        {message && (
          <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} role={message.error ? 'alert' : 'status'} onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel={suiteStrings.Close}>
            {message.text}
          </MessageBar>
        )}
        {coverage && view && (
          <>
            <div data-testid="literacy-coverage">
              <Text block variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
                {strings.CoverageLabel}: {coverage.percent === undefined ? strings.GridNoUsers : format(strings.CoveragePercent, coverage.percent)}
              </Text>
              <Text block>
                {coverage.basis === 'usage' ? format(strings.BasisUsage, coverage.covered, coverage.total)
                  : coverage.basis === 'named' ? format(strings.BasisNamed, coverage.covered, coverage.total) : strings.BasisNone}
              </Text>
            </div>
            {coverage.gaps.length === 0 ? (
              coverage.basis !== 'none' && <Text block data-testid="literacy-no-gap">{strings.NoGap}</Text>
            ) : (
              <div data-testid="literacy-gaps">
                <Text as="h4" block styles={{ root: { fontWeight: 600, margin: '4px 0 0' } }}>{strings.GapsHeading}</Text>
                <ul style={{ margin: '4px 0' }}>
                  {coverage.gaps.map((gap, i) => <li key={`${gap.kind}-${i}`}>{gapText(gap, strings, suiteStrings.NotSet)}</li>)}
                </ul>
              </div>
            )}
            {coverage.departments.length > 0 && (
              <table style={table} data-testid="literacy-departments">
                <caption style={caption}>{format(strings.DepartmentsCaption, row.system.title)}</caption>
                <thead>
                  <tr>
                    <th scope="col" style={cell}>{strings.ColDepartment}</th>
                    <th scope="col" style={cell}>{strings.ColUsers}</th>
                    <th scope="col" style={cell}>{strings.ColCovered}</th>
                  </tr>
                </thead>
                <tbody>
                  {coverage.departments.map((d) => (
                    <tr key={d.department}>
                      <th scope="row" style={{ ...cell, fontWeight: 400 }}>{d.department}</th>
                      <td style={cell}>{d.users}</td>
                      <td style={cell}>{d.covered ? strings.Yes : strings.No}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {view.measures.length === 0 ? (
              <Text block>{strings.NoMeasures}</Text>
            ) : (
              <table style={table} data-testid="literacy-measures">
                <caption style={caption}>{format(strings.MeasuresCaption, row.system.title)}</caption>
                <thead>
                  <tr>
                    <th scope="col" style={cell}>{strings.ColMeasure}</th>
                    <th scope="col" style={cell}>{strings.ColAudience}</th>
                    <th scope="col" style={cell}>{strings.ColDelivered}</th>
                    <th scope="col" style={cell}>{strings.ColStatus}</th>
                    <th scope="col" style={cell}>{strings.ColEvidence}</th>
                    <th scope="col" style={cell}>{strings.ColActions}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.measures.map((m) => (
                    <tr key={m.id}>
                      <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                        {m.title}
                        {m.format && <Text block variant="small" style={subtext}>{strings.Formats[FORMAT_KEYS[m.format]] ?? m.format}</Text>}
                      </th>
                      <td style={cell}>{audience(m)}</td>
                      <td style={cell}>{formatDate(m.deliveredOn, suiteStrings.NotSet)}</td>
                      <td style={cell}>{status(m)}</td>
                      <td style={cell}>{m.evidenceLink?.url ? <SafeLink url={m.evidenceLink.url} unsafeNote={suiteStrings.UnsafeLink} /> : strings.NoEvidence}</td>
                      <td style={cell}>
                        <Stack tokens={{ childrenGap: 4 }}>
                          {currentIds.has(m.id) && inAudience(m) && (mineDone(m) ? (
                            <Text>{strings.Acknowledged}</Text>
                          ) : (
                            <DefaultButton text={strings.Acknowledge} ariaLabel={format(strings.AcknowledgeLabel, m.title)} disabled={busyId !== undefined}
                              onClick={() => { acknowledge(m).catch(() => undefined); }} />
                          ))}
                          {user?.isLead && (
                            <DefaultButton text={strings.EditMeasure} ariaLabel={format(strings.EditMeasureLabel, m.title)} onClick={() => setEditing({ mode: 'edit', measure: m })} />
                          )}
                        </Stack>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {user?.isLead && (
              <DefaultButton text={strings.AddMeasure} iconProps={{ iconName: 'Add' }} styles={{ root: { alignSelf: 'flex-start' } }} onClick={() => setEditing({ mode: 'create' })} />
            )}
          </>
        )}
      </Stack>
      {editing && (
        <LiteracyMeasurePanel
          key={editing.mode === 'edit' ? `edit-${editing.measure.id}` : 'create'}
          measure={editing.mode === 'edit' ? editing.measure : undefined}
          initialSystems={[row.system.id]}
          systems={props.systems}
          service={service}
          onResolvePeople={props.onResolvePeople}
          onSaved={() => {
            setEditing(undefined);
            setMessage({ error: false, text: strings.Saved });
            reload();
            props.onChanged?.();
          }}
          onDismiss={() => setEditing(undefined)}
          strings={strings}
          suiteStrings={suiteStrings}
          now={now}
        />
      )}
    </section>
  );
}
