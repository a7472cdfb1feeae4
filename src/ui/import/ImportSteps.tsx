import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { IMPORT_FIELDS, mappingProblems } from '../../core/import/columns';
import type { ColumnMapping, MatchPolicy, PlannedRow, ReportRow } from '../../core/import/types';
import { formatNamed } from '../format';
import { useStableId } from '../useStableId';
import { isSafeHttpUrl } from '../../core/validation/url';
import { fieldName, issueText, nominationText, outcomeText } from './importText';
import { FieldMappingTable } from './FieldMappingTable';

/** Problems and report lines shown on screen at most (the downloadable report has them all). */
export const MAX_SHOWN = 200;

const IGNORE = '__ignore';

/** Step 2: a compact table, one row per inventory field, each choosing the file's column that fills it. */
export function MappingStep(props: { headers: readonly string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void; strings: IInventoryImportStrings; labels: IGovernanceFieldLabels }): React.ReactElement {
  const { headers, mapping, onChange, strings, labels } = props;
  const targets = IMPORT_FIELDS.map((f) => ({ key: f.property, text: fieldName(f.property, labels), required: f.required === true }));
  const problems = mappingProblems(mapping);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text>{strings.MapIntro}</Text>
      <Text>{mapping.indexOf('externalId') >= 0 ? strings.MapKeyExternalId : strings.MapKeyMissionTitle}</Text>
      {problems.missingRequired.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error}>{formatNamed(strings.MapMissingRequired, { fields: problems.missingRequired.map((p) => fieldName(p, labels)).join(', ') })}</MessageBar>
      )}
      {problems.mappedTwice.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error}>{formatNamed(strings.MapMappedTwice, { fields: problems.mappedTwice.map((p) => fieldName(p, labels)).join(', ') })}</MessageBar>
      )}
      <FieldMappingTable headers={headers} mapping={mapping} targets={targets} onChange={onChange} strings={strings} />
    </Stack>
  );
}

/**
 * One dropdown per column of a file, each choosing the target it fills or "ignore". Shared by the imports whose
 * targets differ (the AI usage import; the inventory import uses the compact FieldMappingTable).
 */
export function ColumnDropdowns<K extends string>(props: {
  headers: readonly string[];
  mapping: readonly (K | undefined)[];
  targets: readonly { key: K; text: string }[];
  onChange: (mapping: (K | undefined)[]) => void;
  strings: IInventoryImportStrings;
}): React.ReactElement {
  const { headers, mapping, targets, onChange, strings } = props;
  const options: IDropdownOption[] = [{ key: IGNORE, text: strings.MapIgnore }, ...targets];
  return (
    <>
      {headers.map((header, index) => (
        <Dropdown
          key={`${index}:${header}`}
          label={formatNamed(strings.MapColumnLabel, { header: header || `#${index + 1}` })}
          options={options}
          selectedKey={mapping[index] ?? IGNORE}
          onChange={(_, option) => {
            const next = [...mapping];
            next[index] = option === undefined || option.key === IGNORE ? undefined : (String(option.key) as K);
            onChange(next);
          }}
        />
      ))}
    </>
  );
}

/** True when the mapping can go on to the preview. */
export function mappingReady(mapping: ColumnMapping): boolean {
  const problems = mappingProblems(mapping);
  return problems.missingRequired.length === 0 && problems.mappedTwice.length === 0;
}

export function ProblemTable(props: { caption: string; rows: { rowNumber: number; field: string; text: string }[]; strings: IInventoryImportStrings }): React.ReactElement {
  const theme = useTheme();
  const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top' };
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>{props.strings.ColumnRow}</th>
          <th scope="col" style={cell}>{props.strings.ColumnField}</th>
          <th scope="col" style={cell}>{props.strings.ColumnProblem}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={i}>
            <td style={cell}>{r.rowNumber}</td>
            <td style={cell}>{r.field}</td>
            <td style={cell}>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Step 3: what the run will do, the policy for matching rows, and every problem found. */
export function PreviewStep(props: { plan: readonly PlannedRow[]; policy: MatchPolicy; onPolicy: (policy: MatchPolicy) => void; strings: IInventoryImportStrings; labels: IGovernanceFieldLabels }): React.ReactElement {
  const { plan, policy, onPolicy, strings, labels } = props;
  const policyId = useStableId('import-policy');
  const counts = { create: 0, update: 0, unchanged: 0, skip: 0, invalid: 0 };
  for (const p of plan) counts[p.action.kind]++;
  const problems = plan.filter((p) => p.row.issues.length > 0).flatMap((p) => p.row.issues.map((i) => ({ rowNumber: p.row.rowNumber, field: fieldName(i.field, labels), text: issueText(i, strings, labels) })));
  const options: IChoiceGroupOption[] = [
    { key: 'update', text: strings.PolicyUpdate },
    { key: 'skip', text: strings.PolicySkip },
    { key: 'create', text: strings.PolicyCreate }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text>{formatNamed(strings.PreviewSummary, { rows: plan.length, valid: plan.length - counts.invalid, invalid: counts.invalid })}</Text>
      <ChoiceGroup id={policyId} label={strings.PolicyLabel} options={options} selectedKey={policy} onChange={(_, o) => o && onPolicy(o.key as MatchPolicy)} />
      {policy === 'create' && <MessageBar messageBarType={MessageBarType.warning}>{strings.PolicyCreateWarning}</MessageBar>}
      <ul style={{ margin: 0 }} aria-label={strings.StepPreview}>
        <li>{formatNamed(strings.PlanCreate, { count: counts.create })}</li>
        <li>{formatNamed(strings.PlanUpdate, { count: counts.update })}</li>
        <li>{formatNamed(strings.PlanUnchanged, { count: counts.unchanged })}</li>
        <li>{formatNamed(strings.PlanSkip, { count: counts.skip })}</li>
        <li>{formatNamed(strings.PlanInvalid, { count: counts.invalid })}</li>
      </ul>
      {problems.length === 0 ? (
        <Text>{strings.NoProblems}</Text>
      ) : (
        <>
          <ProblemTable caption={strings.ProblemsTitle} rows={problems.slice(0, MAX_SHOWN)} strings={strings} />
          {problems.length > MAX_SHOWN && <Text>{formatNamed(strings.ProblemsMore, { shown: MAX_SHOWN })}</Text>}
        </>
      )}
    </Stack>
  );
}

/** Step 5: the report's lines that need attention first, then the others, with links to the records. */
export function ReportTable(props: { report: readonly ReportRow[]; recordUrl: (id: number) => string; strings: IInventoryImportStrings; labels: IGovernanceFieldLabels }): React.ReactElement {
  const { report, recordUrl, strings, labels } = props;
  const theme = useTheme();
  const attention = (r: ReportRow): number => (r.outcome === 'failed' || r.outcome === 'invalid' || r.outcome === 'notRun' || r.nomination === 'failed' ? 0 : 1);
  const rows = [...report].sort((a, b) => attention(a) - attention(b) || a.rowNumber - b.rowNumber).slice(0, MAX_SHOWN);
  const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top' };
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.StepReport}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>{strings.ColumnRow}</th>
          <th scope="col" style={cell}>{strings.ColumnOutcome}</th>
          <th scope="col" style={cell}>{strings.ColumnRecord}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.rowNumber}>
            <td style={cell}>{r.rowNumber}</td>
            <td style={cell}>
              {outcomeText(r.outcome, strings)}
              {(r.issues ?? []).map((i, n) => (
                <div key={n}>{issueText(i, strings, labels)}</div>
              ))}
              {r.nomination !== undefined && <div>{nominationText(r.nomination, strings)}</div>}
            </td>
            <td style={cell}>{r.id !== undefined && isSafeHttpUrl(recordUrl(r.id)) && <Link href={recordUrl(r.id)} target="_blank" rel="noopener noreferrer">{formatNamed(strings.OpenRecord, { id: r.id })}</Link>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
