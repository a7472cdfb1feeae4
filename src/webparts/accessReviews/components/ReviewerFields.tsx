import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { REVIEWER_RULES, type ReviewerRule } from '../../../core/models/accessReview';
import type { PersonRef } from '../../../core/models/common';
import { PeopleField } from '../../../ui/form/PeopleField';
import { codeText, format } from './accessText';
import type { CampaignFormValues } from './campaignForm';

/** Props of {@link ReviewerFields}. */
export interface IReviewerFieldsProps {
  values: CampaignFormValues;
  onChange: (patch: Partial<CampaignFormValues>) => void;
  onResolve: (text: string) => Promise<PersonRef[]>;
  namedError?: string;
  fallbackError?: string;
  disabled: boolean;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
}

/** Who reviews: the rule, the named reviewers when the rule says so, and the fallback reviewer (always required). */
export function ReviewerFields(props: IReviewerFieldsProps): React.ReactElement {
  const { values, onChange, onResolve, disabled, strings, shared } = props;
  const rules = REVIEWER_RULES.map((r) => ({ key: r, text: codeText(strings.ReviewerRules, r) }));
  const add = (person: PersonRef | undefined): void => {
    if (person && !values.namedReviewers.some((p) => p.id === person.id)) onChange({ namedReviewers: [...values.namedReviewers, person] });
  };
  return (
    <>
      <Dropdown label={strings.ReviewerRuleLabel} options={rules} selectedKey={values.reviewerRule} disabled={disabled}
        onChange={(_e, option) => option && onChange({ reviewerRule: option.key as ReviewerRule })} />
      {values.reviewerRule === 'Named people' && (
        <div>
          <PeopleField label={strings.NamedReviewersLabel} value={undefined} onChange={add} onResolve={onResolve} required disabled={disabled}
            errorMessage={props.namedError} strings={shared} />
          <ul aria-label={strings.NamedReviewersLabel} style={{ paddingLeft: 20, margin: '4px 0' }}>
            {values.namedReviewers.map((p) => (
              <li key={p.id}>
                {p.title}
                <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={format(strings.RemoveReviewer, p.title)} disabled={disabled}
                  onClick={() => onChange({ namedReviewers: values.namedReviewers.filter((x) => x.id !== p.id) })} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <PeopleField label={strings.FallbackReviewerLabel} value={values.fallbackReviewer} onChange={(p) => onChange({ fallbackReviewer: p })} onResolve={onResolve}
        required disabled={disabled} errorMessage={props.fallbackError} strings={shared} />
    </>
  );
}
