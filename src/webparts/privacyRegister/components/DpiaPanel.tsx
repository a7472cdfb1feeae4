import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { isGovernanceError, type FieldIssue } from '../../../core/errors';
import type { PersonRef } from '../../../core/models/common';
import {
  CONTROLLER_VALIDATIONS, DPIA_CONTEXT_KEYS, DPIA_FEARED_EVENTS, DPIA_JUDGEMENTS, DPIA_PROPORTIONALITY_KEYS, DPIA_RIGHTS_KEYS, DPO_OPINIONS,
  type DpiaAction, type DpiaContent, type DpiaContextKey, type DpiaDecisionValue, type DpiaFearedEvent, type DpiaPrincipleKey, type DpiaRisk
} from '../../../core/privacy/dpiaModel';
import { dpiaActionsFor, dpiaIssues } from '../../../core/privacy/dpiaRules';
import type { DpiaRecord, IDpiaStore } from '../../../data/privacy/dpiaStore';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { ConflictBar } from '../../../ui/form/ConflictBar';
import { errorKindOf, errorText } from '../../../ui/errorText';
import { PeopleField } from '../../../ui/form/PeopleField';
import { formatDate } from '../../../ui/format';
import { RoutedTo } from '../../../ui/routing/RoutedTo';
import { format, privacyIssueText, runTask } from './privacyText';

/** Props of {@link DpiaPanel}. */
export interface IDpiaPanelProps {
  store: IDpiaStore;
  dpiaId: number;
  strings: IPrivacyRegisterStrings;
  shared: IGovernanceSuiteStrings;
  searchPeople: (text: string) => Promise<PersonRef[]>;
  /** The DPIA or the register changed (a save, a decision): the register reloads its flags. */
  onChanged: () => void;
  onDismiss: () => void;
}

type Notice = { kind: 'saved' | 'submitted' | 'decided' } | { kind: 'raised'; id: number; title: string };

const SCALE = [1, 2, 3, 4];

function sameContent(a: DpiaContent, b: DpiaContent, titleA: string, titleB: string): boolean {
  return titleA === titleB && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A DPIA in the CNIL's method, as headed regions in one panel: context, fundamental principles, risks (with the
 * table of likelihood x severity before and after measures), the action plan with "Raise as risk", and the DPO's
 * opinion and the controller's validation, each decision shown with who made it, when, and whether it counts.
 * Saves with If-Match; on a conflict offers their version or saving over it, as the activity form does.
 */
export function DpiaPanel(props: IDpiaPanelProps): React.ReactElement {
  const { store, dpiaId, strings, shared, onChanged, onDismiss } = props;
  const D = strings.Dpia;
  const [record, setRecord] = React.useState<DpiaRecord | undefined>(undefined);
  const [me, setMe] = React.useState<PersonRef | undefined>(undefined);
  const [title, setTitle] = React.useState('');
  const [content, setContent] = React.useState<DpiaContent | undefined>(undefined);
  const [touched, setTouched] = React.useState<'draft' | 'submit' | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const [conflict, setConflict] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [deciding, setDeciding] = React.useState<'opinion' | 'validation' | undefined>(undefined);
  const [decision, setDecision] = React.useState<DpiaDecisionValue | undefined>(undefined);
  const [comment, setComment] = React.useState('');

  const show = (loaded: DpiaRecord): void => {
    setRecord(loaded);
    setTitle(loaded.dpia.title);
    setContent(loaded.content);
  };

  React.useEffect(() => {
    let live = true;
    Promise.all([store.loadDpia(dpiaId), store.currentUser()]).then(
      ([loaded, user]) => {
        if (!live) return;
        show(loaded);
        setMe(user);
      },
      (e: unknown) => live && setError(errorKindOf(e))
    );
    return () => {
      live = false;
    };
  }, [store, dpiaId]);

  if (!record || !content) {
    return (
      <Panel isOpen type={PanelType.large} headerText={D.PanelTitle} closeButtonAriaLabel={strings.Close} onDismiss={onDismiss}>
        {error ? <ErrorMessageBar kind={error} strings={shared} onDismiss={() => setError(undefined)} /> : <Spinner size={SpinnerSize.medium} label={D.Loading} />}
      </Panel>
    );
  }

  const dirty = !sameContent(content, record.content, title, record.dpia.title);
  const issues: FieldIssue[] = touched ? dpiaIssues(content, touched) : [];
  const messageOf = (field: string): string | undefined => {
    const issue = issues.find((i) => i.field === field);
    return issue ? privacyIssueText(issue, strings, shared) : undefined;
  };
  // Functional updates: a people picker may report its choice after other fields changed (it adds the person to the site first).
  const update = (change: (c: DpiaContent) => DpiaContent): void => setContent((c) => (c ? change(c) : c));
  const setContext = (key: DpiaContextKey, value: string): void => update((c) => ({ ...c, context: { ...c.context, [key]: value || undefined } }));
  const setPrinciple = (key: DpiaPrincipleKey, change: { text?: string; judgement?: string }): void =>
    update((c) => ({ ...c, principles: { ...c.principles, [key]: { ...c.principles[key], ...change } } }));
  const setRisk = (event: DpiaFearedEvent, change: Partial<DpiaRisk>): void => update((c) => ({ ...c, risks: { ...c.risks, [event]: { ...c.risks[event], ...change } } }));
  const setAction = (key: string, change: Partial<DpiaAction>): void => update((c) => ({ ...c, actionPlan: c.actionPlan.map((a) => (a.key === key ? { ...a, ...change } : a)) }));

  const write = async (mode: 'draft' | 'submit', overwrite: boolean = false): Promise<void> => {
    setTouched(mode);
    setNotice(undefined);
    if (dpiaIssues(content, mode).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const etag = overwrite ? (await store.loadDpia(dpiaId)).dpia.etag : record.dpia.etag;
      const saved = mode === 'submit' ? await store.submitDpia(dpiaId, title, content, etag) : await store.saveDpia(dpiaId, title, content, etag);
      show(saved);
      setConflict(false);
      setTouched(undefined);
      setNotice({ kind: mode === 'submit' ? 'submitted' : 'saved' });
      onChanged();
    } catch (e: unknown) {
      if (isGovernanceError(e, 'Conflict')) setConflict(true);
      else setError(errorKindOf(e));
    } finally {
      setBusy(false);
    }
  };

  const reloadTheirs = async (): Promise<void> => {
    try {
      show(await store.loadDpia(dpiaId));
      setConflict(false);
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  };

  const decide = async (): Promise<void> => {
    if (!decision) return;
    setBusy(true);
    setError(undefined);
    try {
      show(await store.addDecision(dpiaId, decision, comment));
      setDeciding(undefined);
      setDecision(undefined);
      setComment('');
      setNotice({ kind: 'decided' });
      onChanged();
    } catch (e: unknown) {
      setError(errorKindOf(e));
    } finally {
      setBusy(false);
    }
  };

  const raise = async (action: DpiaAction): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const raised = await store.raiseActionAsRisk(dpiaId, action.key);
      show(raised.record);
      setNotice({ kind: 'raised', id: raised.risk.id, title: raised.risk.title });
    } catch (e: unknown) {
      setError(errorKindOf(e));
    } finally {
      setBusy(false);
    }
  };

  const status = record.status;
  const can = me ? dpiaActionsFor(me, record.dpia, status, record.deciders) : { giveOpinion: false, validate: false };
  const heading = (id: string, text: string): React.ReactElement => <Text as="h3" id={id} variant="large" block styles={{ root: { fontWeight: 600, marginTop: 20 } }}>{text}</Text>;
  const scaleOptions = (notSet: string): IDropdownOption[] => [{ key: '', text: notSet }, ...SCALE.map((n) => ({ key: String(n), text: D.Scale[String(n)] }))];
  const eventOptions: IDropdownOption[] = [{ key: '', text: strings.NotSet }, ...DPIA_FEARED_EVENTS.map((e) => ({ key: e, text: D.FearedEvents[e] }))];
  const scoreText = (l?: number, s?: number): string => (l && s ? format(D.RiskTableValue, l, s, l * s) : strings.NotSet);
  const noticeText = notice && (
    notice.kind === 'raised' ? format(D.RaisedConfirm, notice.id, notice.title) : notice.kind === 'saved' ? D.SavedMessage : notice.kind === 'submitted' ? D.SubmittedMessage : D.DecisionRecorded
  );
  const returned = status.returned;
  const returnedText = returned && (returned.kind === 'refused'
    ? format(D.ReturnedRefused, returned.decision.author?.title ?? '', formatDate(returned.decision.created, strings.NotSet))
    : format(status.state === 'Returned to draft' ? D.ReturnedChanged : D.ResubmittedAfterChange,
      ...(status.state === 'Returned to draft'
        ? [D.DecisionKinds[returned.decision.kind] ?? returned.decision.kind, returned.decision.author?.title ?? '', formatDate(returned.decision.created, strings.NotSet), formatDate(returned.changedOn, strings.NotSet)]
        : [D.DecisionKinds[returned.decision.kind] ?? returned.decision.kind, formatDate(returned.changedOn, strings.NotSet)])));

  const principle = (key: DpiaPrincipleKey): React.ReactElement => {
    const value = content.principles[key] ?? {};
    return (
      <Stack key={key} tokens={{ childrenGap: 4 }} styles={{ root: { marginTop: 8 } }}>
        <TextField label={format(D.AssessmentLabel, D.Principles[key])} multiline rows={2} value={value.text ?? ''} disabled={busy}
          onChange={(_e, v) => setPrinciple(key, { text: v || undefined })} errorMessage={messageOf(`principles.${key}`)} />
        <Dropdown label={format(D.JudgementLabel, D.Principles[key])} selectedKey={value.judgement ?? ''} disabled={busy}
          options={[{ key: '', text: strings.NotSet }, ...DPIA_JUDGEMENTS.map((j) => ({ key: j, text: D.Judgements[j] }))]}
          onChange={(_e, o) => setPrinciple(key, { judgement: o?.key ? String(o.key) : undefined })} />
      </Stack>
    );
  };

  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={D.PanelTitle}
      closeButtonAriaLabel={strings.Close}
      onDismiss={onDismiss}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={busy ? strings.Saving : D.SaveDraft} disabled={busy} onClick={() => runTask(write('draft'))} />
          <DefaultButton text={busy ? D.Submitting : D.Submit} disabled={busy} onClick={() => runTask(write('submit'))} />
          <DefaultButton text={strings.Close} onClick={onDismiss} disabled={busy} />
        </Stack>
      )}
    >
      <Text block>{format(D.ActivityLine, record.activity.title)}</Text>
      <Text block role="status" styles={{ root: { fontWeight: 600, margin: '4px 0' } }}>{`${D.StateLabel}: ${D.States[status.state] ?? status.state}`}</Text>
      {returnedText && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{returnedText}</MessageBar>}
      {noticeText && <MessageBar messageBarType={MessageBarType.success} isMultiline role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{noticeText}</MessageBar>}
      {issues.length > 0 && <MessageBar messageBarType={MessageBarType.error} role="alert" isMultiline>{strings.FixErrors}</MessageBar>}
      {conflict && <ConflictBar strings={strings} onReload={() => runTask(reloadTheirs())} onOverwrite={() => runTask(write(touched ?? 'draft', true))} />}
      {error && <ErrorMessageBar kind={error} strings={shared} onDismiss={() => setError(undefined)} />}

      <TextField label={D.TitleLabel} required value={title} disabled={busy} onChange={(_e, v) => setTitle(v ?? '')} />

      <section aria-labelledby="dpia-context">
        {heading('dpia-context', D.SectionContext)}
        <Text block variant="small">{D.ContextHelp}</Text>
        {DPIA_CONTEXT_KEYS.map((key) => (
          <TextField key={key} label={D.Context[key]} multiline rows={3} value={content.context[key] ?? ''} disabled={busy}
            onChange={(_e, v) => setContext(key, v ?? '')} errorMessage={messageOf(`context.${key}`)} />
        ))}
      </section>

      <section aria-labelledby="dpia-proportionality">
        {heading('dpia-proportionality', D.SectionProportionality)}
        <Text block variant="small">{D.PrinciplesHelp}</Text>
        {DPIA_PROPORTIONALITY_KEYS.map(principle)}
      </section>
      <section aria-labelledby="dpia-rights">
        {heading('dpia-rights', D.SectionRights)}
        {DPIA_RIGHTS_KEYS.map(principle)}
      </section>

      <section aria-labelledby="dpia-risks">
        {heading('dpia-risks', D.SectionRisks)}
        <Text block variant="small">{D.RisksHelp}</Text>
        {DPIA_FEARED_EVENTS.map((event) => {
          const risk = content.risks[event] ?? {};
          const name = D.FearedEvents[event];
          const label = (field: string): string => format(D.FieldOf, D.RiskFields[field], name);
          const scale = (field: 'likelihood' | 'severity' | 'residualLikelihood' | 'residualSeverity'): React.ReactElement => (
            <Dropdown label={label(field)} selectedKey={risk[field] === undefined ? '' : String(risk[field])} options={scaleOptions(strings.NotSet)} disabled={busy}
              errorMessage={messageOf(`risks.${event}.${field}`)} styles={{ root: { minWidth: 200, flex: 1 } }}
              onChange={(_e, o) => setRisk(event, { [field]: o?.key ? Number(o.key) : undefined })} />
          );
          return (
            <fieldset key={event} style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
              <legend><Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>{name}</Text></legend>
              {messageOf(`risks.${event}`) && <MessageBar messageBarType={MessageBarType.error} isMultiline>{messageOf(`risks.${event}`)}</MessageBar>}
              <TextField label={label('sources')} multiline rows={2} value={risk.sources ?? ''} disabled={busy} onChange={(_e, v) => setRisk(event, { sources: v || undefined })} />
              <TextField label={label('impacts')} multiline rows={2} value={risk.impacts ?? ''} disabled={busy} onChange={(_e, v) => setRisk(event, { impacts: v || undefined })} />
              <Stack horizontal wrap tokens={{ childrenGap: 12 }}>{scale('likelihood')}{scale('severity')}</Stack>
              <TextField label={label('measures')} multiline rows={2} value={risk.measures ?? ''} disabled={busy} onChange={(_e, v) => setRisk(event, { measures: v || undefined })} />
              <Stack horizontal wrap tokens={{ childrenGap: 12 }}>{scale('residualLikelihood')}{scale('residualSeverity')}</Stack>
            </fieldset>
          );
        })}
        <table style={{ borderCollapse: 'collapse', marginTop: 12, width: '100%' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{D.RiskTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', padding: 4 }}>{D.RiskTableEvent}</th>
              <th scope="col" style={{ textAlign: 'left', padding: 4 }}>{D.RiskTableBefore}</th>
              <th scope="col" style={{ textAlign: 'left', padding: 4 }}>{D.RiskTableAfter}</th>
            </tr>
          </thead>
          <tbody>
            {DPIA_FEARED_EVENTS.map((event) => {
              const r = content.risks[event] ?? {};
              return (
                <tr key={event}>
                  <th scope="row" style={{ textAlign: 'left', padding: 4, fontWeight: 400 }}>{D.FearedEvents[event]}</th>
                  <td style={{ padding: 4 }}>{scoreText(r.likelihood, r.severity)}</td>
                  <td style={{ padding: 4 }}>{scoreText(r.residualLikelihood, r.residualSeverity)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="dpia-actions">
        {heading('dpia-actions', D.SectionActions)}
        <Text block variant="small">{D.ActionsHelp}</Text>
        {content.actionPlan.length === 0 && <Text block>{D.NoActions}</Text>}
        {content.actionPlan.map((action, index) => {
          const n = index + 1;
          const stored = record.content.actionPlan.find((a) => a.key === action.key);
          return (
            <fieldset key={action.key} style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
              <legend><Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>{format(D.ActionLabel, n)}</Text></legend>
              <TextField label={D.ActionFields.title} required value={action.title ?? ''} disabled={busy || action.riskId !== undefined}
                onChange={(_e, v) => setAction(action.key, { title: v || undefined })} errorMessage={messageOf(`actionPlan.${action.key}.title`)} />
              <PeopleField label={D.ActionFields.owner} required value={action.owner} onChange={(p) => setAction(action.key, { owner: p })} onResolve={props.searchPeople}
                strings={shared} disabled={busy || action.riskId !== undefined} errorMessage={messageOf(`actionPlan.${action.key}.owner`)} />
              <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
                <TextField label={D.ActionFields.dueDate} required type="date" value={action.dueDate?.slice(0, 10) ?? ''} disabled={busy || action.riskId !== undefined}
                  onChange={(_e, v) => setAction(action.key, { dueDate: v || undefined })} errorMessage={messageOf(`actionPlan.${action.key}.dueDate`)} styles={{ root: { flex: 1 } }} />
                <Dropdown label={D.ActionFields.fearedEvent} selectedKey={action.fearedEvent ?? ''} options={eventOptions} disabled={busy || action.riskId !== undefined}
                  onChange={(_e, o) => setAction(action.key, { fearedEvent: (o?.key ? String(o.key) : undefined) as DpiaFearedEvent | undefined })} styles={{ root: { flex: 1, minWidth: 200 } }} />
              </Stack>
              <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center" styles={{ root: { marginTop: 8 } }}>
                {action.riskId !== undefined ? (
                  <Text>{format(D.RaisedAs, action.riskId)}</Text>
                ) : (
                  <>
                    <DefaultButton text={D.RaiseAsRisk} ariaLabel={format(D.RaiseAsRiskLabel, n)} disabled={busy || dirty || !stored} onClick={() => runTask(raise(action))} />
                    <DefaultButton text={format(D.RemoveAction, n)} disabled={busy} onClick={() => update((c) => ({ ...c, actionPlan: c.actionPlan.filter((a) => a.key !== action.key) }))} />
                  </>
                )}
              </Stack>
              {action.riskId === undefined && (dirty || !stored) && <Text block variant="small">{D.SaveBeforeRaise}</Text>}
            </fieldset>
          );
        })}
        <DefaultButton text={D.AddAction} iconProps={{ iconName: 'Add' }} disabled={busy} styles={{ root: { marginTop: 8 } }}
          onClick={() => update((c) => ({ ...c, actionPlan: [...c.actionPlan, { key: `a${Date.now().toString(36)}` }] }))} />
      </section>

      <section aria-labelledby="dpia-decisions">
        {heading('dpia-decisions', D.SectionDecisions)}
        <Text block variant="small">{D.DecisionsHelp}</Text>
        {record.routeError !== undefined && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="dpia-route-unavailable">{format(D.RouteUnavailable, errorText(record.routeError, shared))}</MessageBar>
        )}
        {record.route !== undefined && (
          <RoutedTo
            route={{ ...record.route.routing, decider: record.route.decider, scopeName: record.route.scopeName }}
            heading={D.RouteHeading}
            sentence={D.RouteValidator}
            informed={D.RouteInformed}
            nobody={D.RouteNobody}
            mine={me !== undefined && record.route.deciderIds.has(me.id) ? D.RoutedToYou : undefined}
            testId="dpia-route"
          />
        )}
        {status.decisions.length === 0 ? <Text block>{D.NoDecisions}</Text> : (
          <ul aria-label={D.SectionDecisions}>
            {status.decisions.map(({ decision: d, counts, reason }) => (
              <li key={d.id}>
                <Text block>{format(D.DecisionLine, D.DecisionKinds[d.kind] ?? d.kind, D.DecisionValues[d.decision] ?? d.decision, d.author?.title ?? strings.NotSet, formatDate(d.created, strings.NotSet))}</Text>
                {d.comment && <Text block variant="small">{d.comment}</Text>}
                <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>{counts ? D.Counts : format(D.DoesNotCount, D.Reasons[reason ?? ''] ?? reason ?? '')}</Text>
              </li>
            ))}
          </ul>
        )}
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {can.giveOpinion && <PrimaryButton text={D.GiveOpinion} disabled={busy || dirty} onClick={() => { setDeciding('opinion'); setDecision(undefined); }} />}
          {can.validate && <PrimaryButton text={D.Validate} disabled={busy || dirty} onClick={() => { setDeciding('validation'); setDecision(undefined); }} />}
        </Stack>
        {deciding && (
          <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }} role="group" aria-label={deciding === 'opinion' ? D.GiveOpinion : D.Validate}>
            <Dropdown label={D.DecisionLabel} required selectedKey={decision ?? ''} disabled={busy}
              options={(deciding === 'opinion' ? DPO_OPINIONS : CONTROLLER_VALIDATIONS).map((v) => ({ key: v, text: D.DecisionValues[v] }))}
              onChange={(_e, o) => setDecision(o?.key ? (String(o.key) as DpiaDecisionValue) : undefined)} />
            <TextField label={D.CommentLabel} multiline rows={3} value={comment} disabled={busy} onChange={(_e, v) => setComment(v ?? '')} />
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={D.ConfirmDecision} disabled={busy || !decision} onClick={() => runTask(decide())} />
              <DefaultButton text={strings.Cancel} disabled={busy} onClick={() => setDeciding(undefined)} />
            </Stack>
          </Stack>
        )}
      </section>
    </Panel>
  );
}
