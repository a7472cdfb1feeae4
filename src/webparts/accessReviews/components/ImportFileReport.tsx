import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import type { CheckedAccessFile } from '../../../core/accessReviews';
import { fileProblemText, format, formatNumber, rowIssueText } from './accessText';
import { useTableCss } from './tableStyles';

/** The check of an access file: a problem refusing the whole file, or the count of valid rows and each row's issue. */
export function ImportFileReport(props: { checked: CheckedAccessFile; strings: IAccessReviewsStrings; locale?: string }): React.ReactElement {
  const { checked, strings, locale } = props;
  const css = useTableCss();
  if (checked.problem) {
    return <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">{fileProblemText(checked.problem, strings, locale)}</MessageBar>;
  }
  return (
    <div data-testid="file-report">
      <Text block role="status">{format(strings.FileValidRows, formatNumber(checked.rows.length, locale), formatNumber(checked.issues.length, locale))}</Text>
      {checked.issues.length > 0 && (
        <table className={css.table}>
          <caption className={css.caption}>{strings.FileIssuesCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={css.cell}>{strings.ColumnRow}</th>
              <th scope="col" className={css.cell}>{strings.ColumnProblem}</th>
              <th scope="col" className={css.cell}>{strings.ColumnValue}</th>
            </tr>
          </thead>
          <tbody>
            {checked.issues.map((issue, i) => (
              <tr key={`${issue.row}-${issue.code}-${i}`}>
                <td className={css.cell}>{formatNumber(issue.row, locale)}</td>
                <td className={css.cell}>{rowIssueText(issue.code, strings)}</td>
                <td className={css.cell}>{issue.value ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
