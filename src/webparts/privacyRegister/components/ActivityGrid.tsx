import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import type { Stored } from '../../../core/models/common';
import { dpiaIdFromLink, dpiaMissing, type ProcessingActivity } from '../../../core/privacy';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { FlagTag } from '../../../ui/FlagTag';
import { formatDate } from '../../../ui/format';
import { choiceText } from './privacyText';

/** Props of {@link ActivityGrid}. */
export interface IActivityGridProps {
  activities: readonly Stored<ProcessingActivity>[];
  strings: IPrivacyRegisterStrings;
  onEdit: (activity: Stored<ProcessingActivity>) => void;
  /** Starts a DPIA for a record that needs one and has none (absent: the register runs without DPIAs). */
  onStartDpia?: (activity: Stored<ProcessingActivity>) => void;
  /** Opens the suite's DPIA a record links to. */
  onOpenDpia?: (dpiaId: number) => void;
}

/** The DPIA state in words: required and missing (flagged), recorded, or not required. */
export function DpiaCell(props: { activity: Pick<ProcessingActivity, 'title' | 'dpiaRequired' | 'dpiaLink'>; strings: IPrivacyRegisterStrings; onStart?: () => void; onOpen?: (dpiaId: number) => void }): React.ReactElement {
  const { activity, strings, onStart, onOpen } = props;
  const title = revealHiddenCharacters(activity.title);
  if (dpiaMissing(activity)) {
    return (
      <div>
        <div><FlagTag kind="error" text={strings.DpiaMissing} /></div>
        {onStart && <div><Link onClick={onStart} aria-label={`${strings.Dpia.StartDpia}: ${title}`}>{strings.Dpia.StartDpia}</Link></div>}
      </div>
    );
  }
  const dpiaId = dpiaIdFromLink(activity.dpiaLink?.url);
  if (dpiaId !== undefined && onOpen) return <Link onClick={() => onOpen(dpiaId)} aria-label={`${strings.Dpia.OpenDpia}: ${title}`}>{strings.Dpia.OpenDpia}</Link>;
  return <span>{activity.dpiaRequired ? strings.DpiaRecorded : strings.DpiaNotRequired}</span>;
}

/** The register's grid: one row per record of processing; the title opens the form. */
export function ActivityGrid(props: IActivityGridProps): React.ReactElement {
  const { activities, strings, onEdit, onStartDpia, onOpenDpia } = props;
  const columns: IColumn[] = [
    {
      key: 'title', name: strings.ColumnTitle, minWidth: 200, maxWidth: 320, isMultiline: true,
      onRender: (a: Stored<ProcessingActivity>) => <Link onClick={() => onEdit(a)} aria-label={`${strings.Edit}: ${revealHiddenCharacters(a.title)}`}>{revealHiddenCharacters(a.title)}</Link>
    },
    { key: 'role', name: strings.ColumnRole, minWidth: 80, maxWidth: 110, onRender: (a: Stored<ProcessingActivity>) => choiceText(strings.Roles, a.role, strings.NotSet).replace(/ \(.*\)$/, '') },
    { key: 'mission', name: strings.ColumnMission, minWidth: 100, maxWidth: 160, onRender: (a: Stored<ProcessingActivity>) => a.mission ?? strings.NotSet },
    { key: 'legalBasis', name: strings.ColumnLegalBasis, minWidth: 140, maxWidth: 240, isMultiline: true, onRender: (a: Stored<ProcessingActivity>) => choiceText(strings.LegalBases, a.legalBasis, strings.NotSet) },
    { key: 'owner', name: strings.ColumnOwner, minWidth: 110, maxWidth: 180, onRender: (a: Stored<ProcessingActivity>) => a.owner?.title ?? strings.NotSet },
    { key: 'review', name: strings.ColumnReview, minWidth: 90, maxWidth: 110, onRender: (a: Stored<ProcessingActivity>) => formatDate(a.reviewDate, strings.NotSet) },
    { key: 'dpia', name: strings.ColumnDpia, minWidth: 160, maxWidth: 220, isMultiline: true, onRender: (a: Stored<ProcessingActivity>) => <DpiaCell activity={a} strings={strings} onStart={onStartDpia && (() => onStartDpia(a))} onOpen={onOpenDpia} /> }
  ];
  return (
    <DetailsList
      items={activities as Stored<ProcessingActivity>[]}
      columns={columns}
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      getKey={(a: Stored<ProcessingActivity>) => String(a.id)}
      setKey="privacy-register"
      ariaLabelForGrid={strings.Title}
    />
  );
}
