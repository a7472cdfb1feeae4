import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { isGovernanceError, type FieldIssue } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import { QUALITY_DIMENSIONS, type QualityDraft, type QualityMeasurement } from '../../core/quality/model';
import { issueText } from '../errorText';

/** Props of {@link QualityMeasurementForm}. */
export interface IQualityMeasurementFormProps {
  /** Sends the measurement; rejects with Validation (issues located by field) when it is refused. */
  add: (draft: QualityDraft) => Promise<Stored<QualityMeasurement>>;
  /** Today (`YYYY-MM-DD`), the date offered. */
  today: string;
  onSaved: (saved: Stored<QualityMeasurement>) => void;
  onCancel: () => void;
  /** Any other failure (the section shows it). */
  onError: (error: unknown) => void;
  strings: IGovernanceSuiteStrings;
}

/**
 * The "Add measurement" form: dimension, score, date measured, source. Problems show beside their fields in the
 * user's language and keep what was typed; the form is a real <form>, so Enter in a field saves.
 */
export function QualityMeasurementForm(props: IQualityMeasurementFormProps): React.ReactElement {
  const s = props.strings.Quality;
  const [draft, setDraft] = React.useState<QualityDraft>({ dimension: QUALITY_DIMENSIONS[0], score: '', measuredOn: props.today, source: '' });
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [saving, setSaving] = React.useState(false);
  const errorOf = (field: string): string | undefined => {
    const found = issues.filter((i) => i.field === field);
    return found.length > 0 ? found.map((i) => issueText(i, props.strings)).join(' ') : undefined;
  };

  const save = async (): Promise<void> => {
    setSaving(true);
    setIssues([]);
    let stored: Stored<QualityMeasurement>;
    try {
      stored = await props.add(draft);
    } catch (e: unknown) {
      setSaving(false);
      if (isGovernanceError(e, 'Validation') && e.issues.length > 0) setIssues(e.issues);
      else props.onError(e);
      return;
    }
    // Saved: the section closes the form (this component unmounts), so no state is set here after it.
    props.onSaved(stored);
  };

  return (
    <form noValidate aria-label={s.AddForm} data-testid="quality-form" onSubmit={(e) => { e.preventDefault(); save().catch(() => undefined); }} style={{ marginTop: 8, maxWidth: 480 }}>
      <Dropdown label={s.Dimension} required selectedKey={draft.dimension} errorMessage={errorOf('dimension')}
        options={QUALITY_DIMENSIONS.map((d) => ({ key: d, text: s.Dimensions[d] ?? d }))}
        onChange={(_e, o) => setDraft({ ...draft, dimension: String(o?.key ?? '') })} />
      <TextField label={s.Score} required inputMode="decimal" value={draft.score} onChange={(_e, v) => setDraft({ ...draft, score: v ?? '' })} errorMessage={errorOf('score')} />
      <TextField label={s.MeasuredOn} required description={s.DateHint} value={draft.measuredOn} onChange={(_e, v) => setDraft({ ...draft, measuredOn: v ?? '' })} errorMessage={errorOf('measuredOn')} />
      <TextField label={s.Source} description={s.SourceHint} value={draft.source} onChange={(_e, v) => setDraft({ ...draft, source: v ?? '' })} errorMessage={errorOf('source')} />
      <Stack horizontal tokens={{ childrenGap: 8 }} style={{ marginTop: 8 }}>
        <PrimaryButton type="submit" text={s.Save} disabled={saving} />
        <DefaultButton text={s.Cancel} onClick={props.onCancel} disabled={saving} />
      </Stack>
    </form>
  );
}
