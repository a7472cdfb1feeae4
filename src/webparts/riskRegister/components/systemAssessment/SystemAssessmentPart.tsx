import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { buildChecklist, parseAnswers, type AssessmentTemplate } from '../../../../core/assessments';
import type { StakeholderRequirement } from '../../../../core/assessments/stakeholderRequirements';
import { buildSystemReport } from '../../../../core/assessments/systemReport';
import type { Assessment } from '../../../../core/models/assessment';
import type { Stored } from '../../../../core/models/common';
import { systemReportWorkbook, type ReportHeader } from '../../../../data/assessments/systemReportExport';
import { downloadBlob, fileNameFor } from '../../../../ui/export/download';
import type { IRiskService, TargetRecord } from '../../services/IRiskService';
import { runTask } from '../riskText';
import { RequirementsPart } from './RequirementsPart';
import { reportLabels, sheetLabels } from './reportLabels';
import { SystemReportPrintView } from './SystemReportPrintView';

export interface ISystemAssessmentPartProps {
  service: IRiskService;
  strings: IRiskRegisterStrings;
  target: TargetRecord;
  assessment: Stored<Assessment>;
  /** The run's version in the user's language. */
  template: AssessmentTemplate;
  onError: (e: unknown) => void;
}

/**
 * What a run of the information-system assessment adds to its findings: the stakeholder requirements captured in
 * the run, and the report (xlsx and a print view) whose sections outline terms of reference for an upgrade.
 */
export function SystemAssessmentPart(props: ISystemAssessmentPartProps): React.ReactElement {
  const { service, strings, assessment, target, template } = props;
  const s = strings.SystemAssessment;
  const [requirements, setRequirements] = React.useState<Stored<StakeholderRequirement>[] | undefined>(undefined);
  const [printing, setPrinting] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const reload = React.useCallback(async (): Promise<void> => {
    setRequirements(await service.requirementsOf(assessment.id));
  }, [service, assessment.id]);
  React.useEffect(() => {
    reload().catch(props.onError);
  }, [reload]);

  if (requirements === undefined) return <Text>{strings.Loading}</Text>;

  const questions = buildChecklist(template);
  // The run's sections in template order, each once, for linking a requirement to the gaps it answers.
  const sections = [...new Map(questions.filter((q) => q.section).map((q) => [q.section as string, q.sectionTitle ?? (q.section as string)])).entries()].map(([id, title]) => ({ id, title }));

  const header: ReportHeader = {
    system: target.title, assessor: assessment.assessor?.title ?? strings.NotSet, date: assessment.assessmentDate ?? strings.NotSet,
    template: template.title, version: template.version
  };
  const report = (): ReturnType<typeof buildSystemReport> => buildSystemReport({
    systemTitle: header.system, template, questions, answers: parseAnswers(assessment.answers),
    assessor: header.assessor, date: header.date, requirements
  }, reportLabels(strings));
  const exportReport = async (): Promise<void> => {
    setExporting(true);
    try {
      const blob = await systemReportWorkbook(report(), header, sheetLabels(strings));
      downloadBlob(blob, fileNameFor(['information-system-report', target.title, header.date], 'xlsx'));
    } catch (e: unknown) {
      props.onError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <RequirementsPart service={service} strings={s} assessment={{ id: assessment.id }} system={target.list === 'dataAssets' ? { id: target.id } : undefined}
        requirements={requirements} sections={sections} onReload={reload} onError={props.onError} />
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton text={s.ExportReport} iconProps={{ iconName: 'ExcelDocument' }} disabled={exporting} onClick={() => runTask(exportReport())} />
        <DefaultButton text={s.PrintReport} iconProps={{ iconName: 'Print' }} onClick={() => setPrinting(true)} />
      </Stack>
      {printing && <SystemReportPrintView report={report()} header={header} labels={sheetLabels(strings)} strings={s} onClose={() => setPrinting(false)} />}
    </Stack>
  );
}
