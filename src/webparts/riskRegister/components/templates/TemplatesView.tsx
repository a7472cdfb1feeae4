import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import {
  emptyText, localiseTemplate, startableVersion, templateLanguageOf, validateTemplate, type StoredTemplateVersion
} from '../../../../core/assessments';
import { isGovernanceError } from '../../../../core/errors';
import { ErrorMessageBar } from '../../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../../ui/errorText';
import { format, uiCulture } from '../../../../ui/format';
import type { IRiskService } from '../../services/IRiskService';
import { runTask } from '../riskText';
import { templateIssueText, templateStateText } from './templateText';

// The editor is its own chunk: the list of versions opens without it.
const LazyTemplateEditorPanel = React.lazy(() =>
  import(/* webpackChunkName: 'risk-template-editor' */ './TemplateEditorPanel').then((m) => ({ default: m.TemplateEditorPanel }))
);

export interface ITemplatesViewProps {
  service: IRiskService;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  /** Member of the Governance Leads group: may edit (SharePoint refuses anyone else: the list is leadsWrite). */
  isLead: boolean;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: '1px solid' }
});

/**
 * The assessment templates, one row per version, for everyone; governance leads open a new version as a draft, edit
 * it, publish it as version N+1, retire a published template, or delete a version no assessment used.
 */
export function TemplatesView(props: ITemplatesViewProps): React.ReactElement {
  const { service, strings, shared, isLead } = props;
  const [templates, setTemplates] = React.useState<StoredTemplateVersion[] | undefined>(undefined);
  const [editing, setEditing] = React.useState<{ template: StoredTemplateVersion; checkPublishing?: boolean } | undefined>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [errorKind, setErrorKind] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const [confirmDelete, setConfirmDelete] = React.useState<number | undefined>(undefined);
  const [newKey, setNewKey] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const language = templateLanguageOf(uiCulture());

  const load = React.useCallback((refresh: boolean) => {
    service.loadTemplates(refresh).then(setTemplates, (e: unknown) => setErrorKind(errorKindOf(e)));
  }, [service]);
  React.useEffect(() => load(false), [load]);

  const act = async (task: () => Promise<string | void>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    setProblem(undefined);
    setErrorKind(undefined);
    try {
      const done = await task();
      if (done) setNotice(done);
    } catch (e: unknown) {
      if (isGovernanceError(e, 'Validation') && e.issues.length > 0) setProblem(templateIssueText({ code: e.issues[0].code as never, value: e.issues[0].params?.value as string | undefined }, strings));
      else setErrorKind(errorKindOf(e));
    } finally {
      setBusy(false);
      setConfirmDelete(undefined);
      load(true);
    }
  };
  const titleOf = (t: StoredTemplateVersion): string => localiseTemplate(t, language).template.title || t.key;

  const startDraft = (key: string, blank = false): void => runTask(act(async () => {
    const draft = await service.startTemplateDraft(key, blank ? { key, title: { en: key, fr: '', es: '' }, description: emptyText(), targetList: 'missions', body: { sections: [], includeAIActObligations: false } } : undefined);
    setNewKey(undefined);
    setEditing({ template: draft });
  }));
  const publish = (t: StoredTemplateVersion): void => {
    // Problems open the editor with the publishing checks beside the fields.
    if (validateTemplate(t, { publishing: true }).length > 0) {
      setEditing({ template: t, checkPublishing: true });
      return;
    }
    runTask(act(async () => {
      const published = await service.publishTemplate(t.id, t, t.etag);
      return format(strings.TplPublished, published.version, titleOf(published));
    }));
  };

  if (templates === undefined) {
    return errorKind ? <ErrorMessageBar kind={errorKind} strings={shared} onRetry={() => load(true)} /> : <Spinner label={strings.Loading} />;
  }
  const rows = [...templates].sort((a, b) => (a.key === b.key ? b.version - a.version : 0));

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="templates-view">
      <Text block>{strings.TplIntro}</Text>
      {!isLead && <MessageBar messageBarType={MessageBarType.info}>{strings.TplLeadsOnly}</MessageBar>}
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>}
      {problem && <MessageBar messageBarType={MessageBarType.error} role="alert" onDismiss={() => setProblem(undefined)} dismissButtonAriaLabel={strings.Close}>{problem}</MessageBar>}
      {errorKind && <ErrorMessageBar kind={errorKind} strings={shared} onDismiss={() => setErrorKind(undefined)} />}
      {isLead && (newKey === undefined ? (
        <div><DefaultButton iconProps={{ iconName: 'Add' }} text={strings.TplNewTemplate} onClick={() => setNewKey('')} /></div>
      ) : (
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label={strings.TplNewKey} description={strings.TplNewKeyHint} value={newKey} onChange={(_e, v) => setNewKey(v ?? '')} styles={{ root: { minWidth: 280 } }} />
          <PrimaryButton text={strings.TplCreate} disabled={busy || newKey.trim() === '' || templates.some((t) => t.key === newKey.trim())} onClick={() => startDraft(newKey.trim(), true)} />
          <DefaultButton text={strings.Cancel} onClick={() => setNewKey(undefined)} />
        </Stack>
      ))}
      <table className={css.table} aria-label={strings.TplTableLabel}>
        <thead>
          <tr>
            <th scope="col" className={css.cell}>{strings.TplColTitle}</th>
            <th scope="col" className={css.cell}>{strings.TplColKey}</th>
            <th scope="col" className={css.cell}>{strings.TplColVersion}</th>
            <th scope="col" className={css.cell}>{strings.TplColState}</th>
            <th scope="col" className={css.cell}>{strings.TplColTarget}</th>
            {isLead && <th scope="col" className={css.cell}>{strings.TplColActions}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => {
            const current = startableVersion(templates, t.key)?.id === t.id;
            const hasDraft = templates.some((x) => x.key === t.key && x.state === 'Draft');
            const newest = templates.filter((x) => x.key === t.key).every((x) => x.version <= t.version);
            const title = titleOf(t);
            return (
              <tr key={t.id} data-template={`${t.key}@${t.version}`}>
                <th scope="row" className={css.cell}>{title}</th>
                <td className={css.cell}>{t.key}</td>
                <td className={css.cell}>{t.version}</td>
                <td className={css.cell}>{templateStateText(t.state, strings)}</td>
                <td className={css.cell}>{t.targetList === 'aiSystems' ? strings.AssessTargetAISystem : t.targetList === 'missions' ? strings.AssessTargetMission : strings.AssessTargetDataAsset}</td>
                {isLead && (
                  <td className={css.cell}>
                    <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
                      {t.state === 'Draft' && (
                        <>
                          <PrimaryButton text={strings.TplEdit} ariaLabel={`${strings.TplEdit}: ${title}`} disabled={busy} onClick={() => setEditing({ template: t })} />
                          <DefaultButton text={format(strings.TplPublish, t.version)} ariaLabel={`${format(strings.TplPublish, t.version)}: ${title}`} disabled={busy} onClick={() => publish(t)} />
                        </>
                      )}
                      {t.state !== 'Draft' && newest && !hasDraft && (
                        <DefaultButton text={strings.TplNewVersion} ariaLabel={`${strings.TplNewVersion}: ${title}`} disabled={busy} onClick={() => startDraft(t.key)} />
                      )}
                      {current && (
                        <DefaultButton text={strings.TplRetire} ariaLabel={`${strings.TplRetire}: ${title}`} disabled={busy}
                          onClick={() => runTask(act(async () => { await service.retireTemplate(t.id, t.etag); return format(strings.TplRetired, title); }))} />
                      )}
                      {confirmDelete === t.id ? (
                        <DefaultButton text={strings.TplConfirmDelete} ariaLabel={`${strings.TplConfirmDelete}: ${title} ${t.version}`} disabled={busy}
                          onClick={() => runTask(act(async () => { await service.deleteTemplate(t.id, t.etag); return format(strings.TplDeleted, t.version, title); }))} />
                      ) : (
                        <DefaultButton text={strings.TplDelete} ariaLabel={`${strings.TplDelete}: ${title} ${t.version}`} disabled={busy} onClick={() => setConfirmDelete(t.id)} />
                      )}
                    </Stack>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <React.Suspense fallback={null}>
        {editing && (
          <LazyTemplateEditorPanel service={service} strings={strings} shared={shared} template={editing.template} checkPublishing={editing.checkPublishing}
            onSaved={() => load(true)}
            onPublished={(published) => {
              setEditing(undefined);
              setNotice(format(strings.TplPublished, published.version, titleOf(published)));
              load(true);
            }}
            onDismiss={() => {
              setEditing(undefined);
              load(true);
            }} />
        )}
      </React.Suspense>
    </Stack>
  );
}
