import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { LinkValue, PersonRef } from '../../core/models/common';
import type { OwnershipStatus } from '../../core/models/dataAsset';
import { FieldErrorText } from '../FieldErrorText';
import { formatDate } from '../format';
import { ownershipText } from '../ownershipText';
import { useStableId } from '../useStableId';
import { PeopleField } from './PeopleField';
import { fieldLabel } from './formModel';
import { choiceLabel, FIELD_CHOICE_SETS } from '../choiceLabels';
import type { AssetField } from './formModel';

/** Props of {@link FieldControl}. */
export interface IFieldControlProps {
  field: AssetField;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The user left the control: the form validates it. */
  onBlur: () => void;
  /** Choices replacing the schema's (reference lists for text fields, e.g. missions of the chosen region). */
  options?: readonly string[];
  onResolvePeople: (text: string) => Promise<PersonRef[]>;
  errorMessage?: string;
  disabled?: boolean;
  strings: IGovernanceSuiteStrings;
}

const MULTI_SEPARATOR = ';';

function splitValues(text: string): string[] {
  return text.split(MULTI_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '');
}

function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Shows a computed value (set by the suite, never by the form). */
function computedText(field: AssetField, value: unknown, strings: IGovernanceSuiteStrings): string {
  if (field.property === 'ownershipStatus') {
    return ownershipText(value as OwnershipStatus | undefined, strings);
  }
  if (field.type === 'DateTime') {
    return formatDate(asText(value) || undefined, strings.NotSet);
  }
  return asText(value) || strings.NotSet;
}

/** A text box whose typed text is kept while it does not parse (numbers, semicolon lists). */
function RawTextField(props: {
  label: string;
  required?: boolean;
  initialText: string;
  parse: (text: string) => unknown;
  description?: string;
  common: IFieldControlProps;
}): React.ReactElement {
  const { common } = props;
  const [text, setText] = React.useState(props.initialText);
  return (
    <TextField
      label={props.label}
      required={props.required}
      value={text}
      description={props.description}
      onChange={(_e, t) => {
        setText(t ?? '');
        common.onChange(props.parse(t ?? ''));
      }}
      onBlur={common.onBlur}
      errorMessage={common.errorMessage}
      disabled={common.disabled}
      validateOnFocusOut={false}
    />
  );
}

/** One schema field's control: text, multi-line, dropdown (single/multi), toggle, date, number, people, URL. */
export function FieldControl(props: IFieldControlProps): React.ReactElement {
  const { field, value, onChange, onBlur, options, onResolvePeople, errorMessage, disabled, strings } = props;
  const label = fieldLabel(field, strings);
  const required = field.required === true;
  const errorId = useStableId('field-error');

  if (field.computed) {
    return <TextField label={label} value={computedText(field, value, strings)} readOnly borderless description={strings.ComputedFieldNote} />;
  }

  switch (field.type) {
    case 'Note':
    case 'Text': {
      if (options && options.length > 0) {
        return <ChoiceControl {...props} label={label} choices={options} />;
      }
      return (
        <TextField
          label={label}
          required={required}
          multiline={field.type === 'Note'}
          autoAdjustHeight={field.type === 'Note'}
          value={asText(value)}
          onChange={(_e, t) => onChange(t === '' ? undefined : t)}
          onBlur={onBlur}
          errorMessage={errorMessage}
          disabled={disabled}
        />
      );
    }
    case 'Choice':
      return <ChoiceControl {...props} label={label} choices={options ?? field.choices} />;
    case 'MultiChoice': {
      const choices = options ?? field.choices;
      if (choices.length > 0) {
        return <ChoiceControl {...props} label={label} choices={choices} multi />;
      }
      const list = Array.isArray(value) ? (value as string[]) : [];
      return (
        <RawTextField
          label={label}
          required={required}
          initialText={list.join(`${MULTI_SEPARATOR} `)}
          parse={(t) => {
            const values = splitValues(t);
            return values.length > 0 ? values : undefined;
          }}
          description={strings.MultiValueHint}
          common={props}
        />
      );
    }
    case 'Number':
      return (
        <RawTextField
          label={label}
          required={required}
          initialText={asText(value)}
          // Unparseable text stays NaN so validation reports it instead of silently dropping it.
          parse={(t) => (t.trim() === '' ? undefined : Number(t.trim()))}
          common={props}
        />
      );
    case 'Boolean':
      return (
        <div>
          <Toggle
            label={label}
            checked={value === true}
            onText={strings.Yes}
            offText={strings.No}
            onChange={(_e, checked) => {
              onChange(checked === true);
              onBlur();
            }}
            disabled={disabled}
            aria-describedby={errorMessage ? errorId : undefined}
          />
          {errorMessage && <FieldErrorText id={errorId} message={errorMessage} />}
        </div>
      );
    case 'DateTime':
      return (
        <TextField
          label={label}
          required={required}
          type="date"
          value={asText(value).slice(0, 10)}
          onChange={(_e, t) => onChange(t ? t : undefined)}
          onBlur={onBlur}
          description={strings.DateFormatHint}
          errorMessage={errorMessage}
          disabled={disabled}
        />
      );
    case 'User':
      return (
        <PeopleField
          label={label}
          required={required}
          value={value as PersonRef | undefined}
          onChange={(p) => {
            onChange(p);
            onBlur();
          }}
          onBlur={onBlur}
          onResolve={onResolvePeople}
          errorMessage={errorMessage}
          disabled={disabled}
          strings={strings}
        />
      );
    case 'URL':
      return (
        <TextField
          label={label}
          required={required}
          type="url"
          value={(value as LinkValue | undefined)?.url ?? ''}
          onChange={(_e, t) => onChange(t ? { ...(value as LinkValue | undefined), url: t } : undefined)}
          onBlur={onBlur}
          errorMessage={errorMessage}
          disabled={disabled}
        />
      );
    default:
      // Lookups and multi-person fields are not on the inventory form yet: show them read-only.
      return <TextField label={label} value={asText(value)} readOnly borderless />;
  }
}

/** Single or multiple choice as a Fluent Dropdown; the stored value stays selectable even if no longer a choice. */
function ChoiceControl(props: IFieldControlProps & { label: string; choices: readonly string[]; multi?: boolean }): React.ReactElement {
  const { value, onChange, onBlur, errorMessage, disabled, strings, label, choices, multi, field } = props;
  const current: string[] = Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? [value] : [];
  const all = [...choices, ...current.filter((v) => choices.indexOf(v) < 0)];
  // Keys are the stored values; the text is the value's label in the reader's language.
  const set = FIELD_CHOICE_SETS[field.property];
  const options: IDropdownOption[] = all.map((c) => ({ key: c, text: set ? choiceLabel(set, c, strings) : c }));
  if (!multi && !field.required) {
    options.unshift({ key: '', text: strings.NotSet });
  }
  return multi ? (
    <Dropdown
      label={label}
      multiSelect
      options={options}
      selectedKeys={current}
      placeholder={strings.SelectPlaceholder}
      onChange={(_e, o) => {
        if (!o) {
          return;
        }
        const next = o.selected ? [...current, String(o.key)] : current.filter((v) => v !== o.key);
        onChange(next.length > 0 ? next : undefined);
      }}
      onBlur={onBlur}
      errorMessage={errorMessage}
      disabled={disabled}
      required={field.required}
    />
  ) : (
    <Dropdown
      label={label}
      options={options}
      selectedKey={current[0] ?? ''}
      placeholder={strings.SelectPlaceholder}
      onChange={(_e, o) => {
        onChange(o && o.key !== '' ? String(o.key) : undefined);
        onBlur();
      }}
      onBlur={onBlur}
      errorMessage={errorMessage}
      disabled={disabled}
      required={field.required}
    />
  );
}
