import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { Stored } from '../core/models/common';
import type { DataAsset } from '../core/models/dataAsset';
import type { ListDefinition } from '../core/schema/types';
import { SafeLink } from './details/SafeLink';
import { ScoreBreakdown } from './details/ScoreBreakdown';
import { VersionHistory } from './details/VersionHistory';
import type { IVersionEntry } from './details/VersionHistory';
import { displayValue } from './displayValue';
import { choiceLabel, FIELD_CHOICE_SETS } from './choiceLabels';
import { revealHiddenCharacters } from '../core/validation/visibleText';
import { VisibleText } from './VisibleText';
import { format } from './format';
import { fieldLabel } from './form/formModel';
import type { AssetProperty } from './form/formModel';
import type { IAssetScore } from './healthTypes';
import type { OwnershipStatusCheck } from '../core/ownership/storedStatus';
import { OwnershipStatusExplanation, OwnershipStatusView } from './ownership/OwnershipStatusView';
import { PersonPersona } from './people/PersonPersona';

/** Props of {@link AssetDetailsPanel}. */
export interface IAssetDetailsPanelProps {
  list: ListDefinition<DataAsset>;
  asset: Stored<DataAsset>;
  score: IAssetScore;
  /**
   * The ownership status derived from the record's requests and decisions beside its stored column: shown instead of
   * the stored value, with an explanation when they disagree. Undefined while it is being read.
   */
  ownership?: OwnershipStatusCheck;
  /** Loads the record's version history (newest first). */
  loadVersions: () => Promise<IVersionEntry[]>;
  /** Opens the edit form; absent when the user may not edit. */
  onEdit?: () => void;
  onDismiss: () => void;
  /** Shown after the essentials: the custodian's approval and the nomination action (Data Inventory). */
  ownershipSection?: React.ReactNode;
  /** Shown after the ownership section: the record's open risks (Risk Register). */
  risksSection?: React.ReactNode;
  /** Shown after the essentials: the Purview label, its drift, when it was checked and why not (Data Inventory). */
  labelSection?: React.ReactNode;
  /** Shown right after the score breakdown, as its own section: the record's measured data quality (Data Inventory). */
  qualitySection?: React.ReactNode;
  strings: IGovernanceSuiteStrings;
}

/** The essentials shown at a glance, in this order. */
const ESSENTIALS: readonly AssetProperty[] = [
  'description',
  'assetType',
  'region',
  'mission',
  'department',
  'domain',
  'owner',
  'custodian',
  'ownershipStatus',
  'locationUrl',
  'storageSystem',
  'declaredSensitivity',
  'containsPersonalData',
  'lastReviewed',
  'reviewCycleMonths',
  'lifecycle'
];

const css = mergeStyleSets({
  list: { display: 'grid', gridTemplateColumns: 'minmax(120px, 40%) 1fr', columnGap: 12, rowGap: 4, margin: 0 },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }
});

/** Read-only view of a record: essentials, the health score breakdown (what is missing, how to fix it) and the version history. */
export function AssetDetailsPanel(props: IAssetDetailsPanelProps): React.ReactElement {
  const { list, asset, score, ownership, loadVersions, onEdit, onDismiss, ownershipSection, risksSection, labelSection, qualitySection, strings } = props;

  const valueOf = (property: AssetProperty): React.ReactNode => {
    if (property === 'locationUrl') {
      return asset.locationUrl?.url ? <SafeLink url={asset.locationUrl.url} unsafeNote={strings.UnsafeLink} /> : strings.NotSet;
    }
    if (property === 'ownershipStatus') {
      return <OwnershipStatusView check={ownership} strings={strings} />;
    }
    if (property === 'owner' || property === 'custodian') {
      const person = asset[property];
      return person ? <PersonPersona person={person} /> : strings.NotSet;
    }
    const stored = asset[property];
    // Choice values in the reader's language (stored values stay as they are).
    const set = FIELD_CHOICE_SETS[property];
    const value = set === undefined ? stored : Array.isArray(stored) ? stored.map((v) => choiceLabel(set, String(v), strings)) : typeof stored === 'string' ? choiceLabel(set, stored, strings) : stored;
    // Text as stored, with its hidden characters (bidirectional controls, zero-width) shown as markers.
    return value === undefined || value === '' ? strings.NotSet : <VisibleText text={displayValue(value, strings)} strings={strings} />;
  };

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      {onEdit && <PrimaryButton text={strings.Edit} onClick={onEdit} />}
      <DefaultButton text={strings.Close} onClick={onDismiss} />
    </Stack>
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={format(strings.DetailsTitle, revealHiddenCharacters(asset.title))}
      closeButtonAriaLabel={strings.Close}
      onDismiss={onDismiss}
      isLightDismiss
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        <section aria-label={strings.DetailsEssentials}>
          <Text as="h3" variant="large" block>{strings.DetailsEssentials}</Text>
          <OwnershipStatusExplanation check={ownership} strings={strings} />
          <dl className={css.list}>
            {ESSENTIALS.map((property) => {
              const field = list.fields.find((f) => f.property === property);
              return field ? (
                <React.Fragment key={property}>
                  <dt className={css.term}>{fieldLabel(field, strings)}</dt>
                  <dd className={css.value}>{valueOf(property)}</dd>
                </React.Fragment>
              ) : undefined;
            })}
          </dl>
        </section>
        {/* The breakdown explains the score shown above, so it comes before the label, approval and risk sections. */}
        <section aria-label={strings.ScoreBreakdownTitle} data-testid="score-breakdown">
          <Text as="h3" variant="large" block>{strings.ScoreBreakdownTitle}</Text>
          <ScoreBreakdown score={score} strings={strings} />
        </section>
        {qualitySection}
        {labelSection}
        {ownershipSection}
        {risksSection}
        <section aria-label={strings.VersionHistoryTitle}>
          <Text as="h3" variant="large" block>{strings.VersionHistoryTitle}</Text>
          <VersionHistory list={list} load={loadVersions} strings={strings} />
        </section>
      </Stack>
    </Panel>
  );
}
