import { PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import { SCORECARD_TILE_KEYS } from '../../ui/scorecard/scorecardTypes';
import type { ScorecardTileKey } from '../../ui/scorecard/scorecardTypes';
import { httpUrl } from '../../ui/scorecard/inventoryLink';
import type { IHealthScorecardWebPartProps } from './IHealthScorecardWebPartProps';
import { SCORECARD_GROUPINGS } from './components/grouping';
import type { ScorecardGrouping } from './components/grouping';

function groupingLabel(key: ScorecardGrouping, strings: IHealthScorecardWebPartStrings): string {
  const labels: Record<ScorecardGrouping, string> = {
    auto: strings.GroupAuto,
    region: strings.GroupRegion,
    mission: strings.GroupMission,
    department: strings.GroupDepartment,
    domain: strings.GroupDomain
  };
  return labels[key];
}

function tileLabel(key: ScorecardTileKey, shared: IGovernanceSuiteStrings): string {
  const s = shared.Scorecard;
  const labels: Record<ScorecardTileKey, string> = {
    score: s.TileScore,
    maturity: s.TileMaturity,
    assets: s.TileAssets,
    confirmedCustodian: s.TileConfirmedCustodian,
    classified: s.TileClassified,
    underLabelled: s.TileUnderLabelled,
    rollout: s.TileRollout
  };
  return labels[key];
}

/**
 * The scorecard's property pane: scope (organisation, a region or a mission), grouping and which tiles show. Tile labels
 * come from the shared strings so the pane and the tiles always agree.
 */
export function buildPropertyPane(
  strings: IHealthScorecardWebPartStrings,
  shared: IGovernanceSuiteStrings,
  properties: IHealthScorecardWebPartProps
): IPropertyPaneConfiguration {
  const kind = properties.scopeKind ?? 'organisation';
  const scopeFields: IPropertyPaneField<unknown>[] = [
    PropertyPaneDropdown('scopeKind', {
      label: strings.ScopeKindLabel,
      selectedKey: kind,
      options: [
        { key: 'organisation', text: strings.ScopeKindOrganisation },
        { key: 'region', text: strings.ScopeKindRegion },
        { key: 'mission', text: strings.ScopeKindMission }
      ]
    })
  ];
  if (kind !== 'organisation') {
    scopeFields.push(PropertyPaneTextField('scopeValue', { label: strings.ScopeValueLabel, description: strings.ScopeValueDescription }));
  }
  const tileFields: IPropertyPaneField<unknown>[] = SCORECARD_TILE_KEYS.map((key) =>
    PropertyPaneCheckbox(`tiles.${key}`, { text: tileLabel(key, shared), checked: properties.tiles?.[key] !== false })
  );
  const groupingField = PropertyPaneDropdown('grouping', {
    label: strings.GroupByLabel,
    selectedKey: properties.grouping ?? 'auto',
    options: SCORECARD_GROUPINGS.map((key) => ({ key, text: groupingLabel(key, strings) }))
  });
  const inventoryField = PropertyPaneTextField('inventoryPageUrl', {
    label: strings.InventoryPageUrlLabel,
    description: strings.InventoryPageUrlDescription,
    // Only an absolute http(s) address becomes a link: never javascript: or a relative path.
    onGetErrorMessage: (value: string) => (!value.trim() || httpUrl(value) ? '' : strings.InventoryPageUrlInvalid)
  });
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          { groupName: strings.ScopeGroupName, groupFields: scopeFields },
          { groupName: strings.GroupingGroupName, groupFields: [groupingField] },
          { groupName: strings.TilesGroupName, groupFields: tileFields },
          { groupName: strings.LinksGroupName, groupFields: [inventoryField] }
        ]
      }
    ]
  };
}
