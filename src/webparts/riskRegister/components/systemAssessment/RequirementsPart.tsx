import * as React from 'react';
import { DefaultButton, MessageBarButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { REQUIREMENT_PRIORITIES, draftFromRequirement, type RequirementDraft, type StakeholderRequirement } from '../../../../core/assessments/stakeholderRequirements';
import { isGovernanceError, type FieldIssue } from '../../../../core/errors';
import type { LookupRef, Stored } from '../../../../core/models/common';
import type { IRiskService } from '../../services/IRiskService';
import { format, runTask } from '../riskText';
import { priorityLabels, requirementIssueText } from './reportLabels';

export interface IRequirementsPartProps {
  service: IRiskService;
  strings: ISystemAssessmentStrings;
  assessment: LookupRef;
  system: LookupRef | undefined;
  requirements: readonly Stored<StakeholderRequirement>[];
  /** The run's sections (template order, in the user's language): a requirement may name the one it answers. */
  sections: readonly { id: string; title: string }[];
  /** Reads the run's requirements again (after a save, or to resolve a conflict). */
  onReload: () => Promise<void>;
  onError: (e: unknown) => void;
}

const EMPTY: RequirementDraft = { need: '', institution: '', priority: 'Should', source: '', section: '' };

/** The form's field of an issue (the list's Title is the form's need). */
function issueField(issue: FieldIssue): string {
  return issue.field === 'title' ? 'need' : issue.field;
}

/**
 * The run's stakeholder requirements: a table with Edit and Delete per row, and one form for adding or editing. A
 * refused or conflicting save keeps what the assessor typed; problems show beside their fields.
 */
export function RequirementsPart(props: IRequirementsPartProps): React.ReactElement {
  const { service, strings: s, requirements, sections } = props;
  const sectionIds = sections.map((section) => section.id);
  const sectionTitle = (id: string | undefined): string => (id ? sections.find((section) => section.id === id)?.title ?? id : '');
  const [editing, setEditing] = React.useState<{ id?: number; etag?: string } | undefined>(undefined);
  const [draft, setDraft] = React.useState<RequirementDraft>(EMPTY);
  const [issues, setIssues] = React.useState<FieldIssue[]>([]);
  const [conflict, setConflict] = React.useState(false);
  const [status, setStatus] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const priorities = priorityLabels(s);
  const errorOf = (field: string): string | undefined => {
    const found = issues.filter((i) => issueField(i) === field);
    return found.length > 0 ? found.map((i) => requirementIssueText(i, s)).join(' ') : undefined;
  };

  const fail = (e: unknown): void => {
    if (isGovernanceError(e, 'Validation') && e.issues.length > 0) setIssues([...e.issues]);
    else if (isGovernanceError(e, 'Conflict') || isGovernanceError(e, 'NotFound')) setConflict(true);
    else props.onError(e);
  };

  const open = (requirement?: Stored<StakeholderRequirement>): void => {
    setEditing(requirement ? { id: requirement.id, etag: requirement.etag } : {});
    setDraft(requirement ? draftFromRequirement(requirement) : EMPTY);
    setIssues([]);
    setConflict(false);
    setStatus(undefined);
  };

  const save = async (): Promise<void> => {
    if (!editing) return;
    setSaving(true);
    setIssues([]);
    setConflict(false);
    try {
      if (editing.id !== undefined && editing.etag !== undefined) await service.updateRequirement(editing.id, draft, editing.etag, sectionIds);
      else await service.addRequirement(draft, props.assessment, props.system, sectionIds);
      setEditing(undefined);
      setStatus(s.Saved);
      await props.onReload();
    } catch (e: unknown) {
      fail(e);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (requirement: Stored<StakeholderRequirement>): Promise<void> => {
    setConflict(false);
    setStatus(undefined);
    try {
      await service.deleteRequirement(requirement.id, requirement.etag);
      setStatus(s.Deleted);
      await props.onReload();
    } catch (e: unknown) {
      fail(e);
    }
  };

  const reload = async (): Promise<void> => {
    await props.onReload();
    // The row's fresh ETag, so applying the kept text again saves over the current version knowingly.
    if (editing?.id !== undefined) setEditing({ id: editing.id, etag: undefined });
    setConflict(false);
  };

  React.useEffect(() => {
    if (editing?.id !== undefined && editing.etag === undefined) {
      const fresh = requirements.find((r) => r.id === editing.id);
      setEditing(fresh ? { id: fresh.id, etag: fresh.etag } : {});
    }
  }, [requirements, editing]);

  return (
    <section aria-labelledby="stakeholder-requirements-title" data-testid="stakeholder-requirements">
      <Text as="h4" variant="mediumPlus" id="stakeholder-requirements-title" block>{s.RequirementsTitle}</Text>
      {status && <MessageBar messageBarType={MessageBarType.success} role="status">{status}</MessageBar>}
      {conflict && (
        <MessageBar messageBarType={MessageBarType.warning} role="alert" actions={<MessageBarButton onClick={() => runTask(reload().catch(props.onError))}>{s.Reload}</MessageBarButton>}>
          {s.Conflict}
        </MessageBar>
      )}
      {requirements.length === 0 ? <Text block>{s.RequirementsNone}</Text> : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>{[s.Institution, s.Need, s.Priority, s.Source, s.Section, s.Actions].map((h) => <th key={h} scope="col" style={{ textAlign: 'left', padding: 4 }}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {requirements.map((r) => (
              <tr key={r.id} data-requirement={r.id}>
                <td style={{ padding: 4 }}>{r.institution}</td>
                <td style={{ padding: 4 }}>{r.title}</td>
                <td style={{ padding: 4 }}>{priorities[r.priority] ?? r.priority}</td>
                <td style={{ padding: 4 }}>{r.source ?? ''}</td>
                <td style={{ padding: 4 }}>{sectionTitle(r.section)}</td>
                <td style={{ padding: 4 }}>
                  <Stack horizontal tokens={{ childrenGap: 4 }}>
                    <DefaultButton text={s.Edit} ariaLabel={format(s.EditOf, r.title)} onClick={() => open(r)} styles={{ root: { height: 26 } }} />
                    <DefaultButton text={s.Delete} ariaLabel={format(s.DeleteOf, r.title)} onClick={() => runTask(remove(r))} styles={{ root: { height: 26 } }} />
                  </Stack>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <form noValidate aria-label={editing.id === undefined ? s.Add : format(s.EditOf, draft.need)} onSubmit={(e) => { e.preventDefault(); runTask(save()); }} style={{ marginTop: 8, maxWidth: 560 }}>
          <TextField label={s.Need} required value={draft.need} onChange={(_e, v) => setDraft({ ...draft, need: v ?? '' })} errorMessage={errorOf('need')} />
          <TextField label={s.Institution} required value={draft.institution} onChange={(_e, v) => setDraft({ ...draft, institution: v ?? '' })} errorMessage={errorOf('institution')} />
          <Dropdown label={s.Priority} required selectedKey={draft.priority} errorMessage={errorOf('priority')}
            options={REQUIREMENT_PRIORITIES.map((p) => ({ key: p, text: priorities[p] }))}
            onChange={(_e, o) => setDraft({ ...draft, priority: String(o?.key ?? '') })} />
          <TextField label={s.Source} description={s.SourceHint} value={draft.source} onChange={(_e, v) => setDraft({ ...draft, source: v ?? '' })} errorMessage={errorOf('source')} />
          <Dropdown label={s.RequirementSection} selectedKey={draft.section ?? ''} errorMessage={errorOf('section')}
            options={[{ key: '', text: s.SectionNone }, ...sections.map((section) => ({ key: section.id, text: section.title }))]}
            onChange={(_e, o) => setDraft({ ...draft, section: String(o?.key ?? '') })} />
          <Stack horizontal tokens={{ childrenGap: 8 }} style={{ marginTop: 8 }}>
            <PrimaryButton type="submit" text={s.Save} disabled={saving} />
            <DefaultButton text={s.Close} onClick={() => setEditing(undefined)} disabled={saving} />
          </Stack>
        </form>
      ) : (
        <div style={{ marginTop: 8 }}><DefaultButton text={s.Add} iconProps={{ iconName: 'Add' }} onClick={() => open()} /></div>
      )}
    </section>
  );
}
