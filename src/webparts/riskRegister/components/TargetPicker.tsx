import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import {
  INFORMATION_SYSTEM_TEMPLATE_KEY, findVersion, localiseTemplate, parseFindings, recordedVersion, requiredAssetType, startableTemplates, templateLanguageOf,
  type AssessmentTemplate, type StoredTemplateVersion
} from '../../../core/assessments';
import type { Assessment, AssessmentTargetList } from '../../../core/models/assessment';
import type { Stored } from '../../../core/models/common';
import { choiceLabel } from '../../../ui/choiceLabels';
import { formatDate, uiCulture } from '../../../ui/format';
import type { TargetRecord } from '../services/IRiskService';
import type { IAssessmentWorkspaceProps } from './AssessmentWorkspace';
import { format, runTask } from './riskText';

const TARGET_LISTS: readonly AssessmentTargetList[] = ['dataAssets', 'aiSystems', 'missions'];

/** The template version a stored assessment ran, in the user's language (undefined when the version is gone). */
export function templateOfRun(templates: readonly StoredTemplateVersion[], assessment: Assessment): AssessmentTemplate | undefined {
  const version = findVersion(templates, assessment.template, recordedVersion(assessment.templateVersion));
  return version ? localiseTemplate(version, templateLanguageOf(uiCulture())).template : undefined;
}

function targetKindText(list: AssessmentTargetList, strings: IRiskRegisterStrings): string {
  return list === 'aiSystems' ? strings.AssessTargetAISystem : list === 'missions' ? strings.AssessTargetMission : strings.AssessTargetDataAsset;
}

export interface ITargetPickerProps extends IAssessmentWorkspaceProps {
  templates: readonly StoredTemplateVersion[];
  onStart: (target: TargetRecord, template: StoredTemplateVersion) => void;
  onOpen: (target: TargetRecord, assessment: Stored<Assessment>) => void;
  onError: (e: unknown) => void;
}

/**
 * Choosing what to assess: the kind of record, a search (information systems only, for the inventory, on request),
 * the record's assessment history, and the template to start with.
 */
export function TargetPicker(props: ITargetPickerProps): React.ReactElement {
  const { service, strings } = props;
  const [list, setList] = React.useState<AssessmentTargetList>('dataAssets');
  const [text, setText] = React.useState('');
  // Information systems only: the records the information-system assessment runs against.
  const [systemsOnly, setSystemsOnly] = React.useState(false);
  const [results, setResults] = React.useState<TargetRecord[] | undefined>(undefined);
  const [target, setTarget] = React.useState<TargetRecord | undefined>(undefined);
  const [history, setHistory] = React.useState<Stored<Assessment>[] | undefined>(undefined);
  const language = templateLanguageOf(uiCulture());
  // Only the newest published version of each template starts an assessment; retired templates start none.
  const offered = startableTemplates(props.templates, list);
  const [templateKey, setTemplateKey] = React.useState<string>(offered[0]?.key ?? '');

  const systemType = requiredAssetType(INFORMATION_SYSTEM_TEMPLATE_KEY);
  const search = async (term: string, onlySystems = systemsOnly): Promise<void> => {
    try {
      setResults(await service.searchTargets(list, term, list === 'dataAssets' && onlySystems ? systemType : undefined));
    } catch (e: unknown) {
      props.onError(e);
    }
  };
  const choose = async (record: TargetRecord): Promise<void> => {
    setTarget(record);
    setHistory(undefined);
    try {
      setHistory(await service.assessmentsOf(record.list, record.id));
    } catch (e: unknown) {
      props.onError(e);
    }
  };
  const chosen = offered.find((t) => t.key === templateKey);
  const template = chosen ? localiseTemplate(chosen, language).template : undefined;

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large">{strings.AssessNew}</Text>
      <ChoiceGroup label={strings.AssessTargetKind} selectedKey={list} styles={{ flexContainer: { display: 'flex', gap: 16 } }}
        options={TARGET_LISTS.map((l) => ({ key: l, text: targetKindText(l, strings) }))}
        onChange={(_e, o) => {
          const next = o?.key as AssessmentTargetList;
          setList(next);
          setResults(undefined);
          setTarget(undefined);
          setTemplateKey(startableTemplates(props.templates, next)[0]?.key ?? '');
        }} />
      <SearchBox aria-label={strings.AssessTargetSearch} placeholder={strings.AssessTargetSearch} value={text}
        onChange={(_e, v) => setText(v ?? '')} onSearch={(v) => runTask(search(v))} styles={{ root: { maxWidth: 420 } }} />
      {list === 'dataAssets' && (
        <Checkbox label={strings.SystemAssessment.SystemsOnly} checked={systemsOnly}
          onChange={(_e, checked) => {
            setSystemsOnly(!!checked);
            // Results already shown follow the box at once; otherwise the next search does.
            if (results) runTask(search(text, !!checked));
          }} />
      )}
      <div><DefaultButton text={strings.AssessTargetSearch} onClick={() => runTask(search(text))} /></div>
      {results && (
        <div role="region" aria-label={strings.AssessTargetResults}>
          {results.length === 0 ? <Text>{strings.AssessTargetNone}</Text> : (
            <ul style={{ paddingLeft: 20, margin: 0 }}>
              {results.map((r) => (
                <li key={r.id}>
                  <Link onClick={() => runTask(choose(r))} aria-current={target?.id === r.id ? 'true' : undefined} style={{ fontWeight: target?.id === r.id ? 700 : 400 }}>{r.title}</Link>
                  {r.list === 'dataAssets' && r.assetType && <Text variant="small">{` (${choiceLabel('AssetType', r.assetType, props.shared)})`}</Text>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {target && (
        <>
          {offered.length === 0 ? <MessageBar messageBarType={MessageBarType.warning}>{strings.AssessNoTemplates}</MessageBar> : (
            <Dropdown label={strings.AssessTemplate} selectedKey={templateKey}
              options={offered.map((t) => ({ key: t.key, text: `${localiseTemplate(t, language).template.title} (${format(strings.AssessTemplateVersion, t.version)})` }))}
              onChange={(_e, o) => setTemplateKey(String(o?.key ?? ''))} styles={{ root: { maxWidth: 420 } }} />
          )}
          {template && <Text variant="small">{template.description}</Text>}
          <div><PrimaryButton text={strings.AssessStart} disabled={!chosen} onClick={() => chosen && props.onStart(target, chosen)} /></div>
          <Text as="h4" variant="mediumPlus">{format(strings.AssessHistory, target.title)}</Text>
          {history === undefined ? <Text>{strings.Loading}</Text> : history.length === 0 ? <Text>{strings.AssessHistoryEmpty}</Text> : (
            <ul style={{ paddingLeft: 20, margin: 0 }} data-testid="assessment-history">
              {history.map((a) => (
                <li key={a.id}>
                  {format(strings.AssessHistoryLine, `${templateOfRun(props.templates, a)?.title ?? a.template} (${format(strings.AssessTemplateVersion, recordedVersion(a.templateVersion))})`, formatDate(a.assessmentDate, strings.NotSet), a.assessor?.title ?? strings.NotSet, parseFindings(a.findings).length)}{' '}
                  <Link onClick={() => props.onOpen(target, a)}>{strings.AssessOpen}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Stack>
  );
}
