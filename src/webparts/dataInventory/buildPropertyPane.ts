import { PropertyPaneCheckbox, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import { INVENTORY_COLUMN_KEYS } from '../../ui/inventoryTypes';
import { columnLabel } from '../../ui/inventoryColumnLabels';
import type { IDataInventoryWebPartProps } from './IDataInventoryWebPartProps';

/**
 * The Data Inventory's property pane: default filters, page size and visible columns.
 * Column labels come from the shared strings so the pane and the grid always agree.
 */
export function buildPropertyPane(
  strings: IDataInventoryWebPartStrings,
  shared: IGovernanceSuiteStrings,
  properties: IDataInventoryWebPartProps
): IPropertyPaneConfiguration {
  const columnFields: IPropertyPaneField<unknown>[] = INVENTORY_COLUMN_KEYS.map((key) =>
    PropertyPaneCheckbox(`columns.${key}`, { text: columnLabel(key, shared), checked: properties.columns?.[key] !== false })
  );
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.DefaultFiltersGroupName,
            groupFields: [
              PropertyPaneTextField('defaultRegion', { label: strings.DefaultRegionLabel, description: strings.DefaultFilterDescription }),
              PropertyPaneTextField('defaultMission', { label: strings.DefaultMissionLabel }),
              PropertyPaneTextField('defaultDepartment', { label: strings.DefaultDepartmentLabel })
            ]
          },
          {
            groupName: strings.DisplayGroupName,
            groupFields: [PropertyPaneSlider('pageSize', { label: strings.PageSizeLabel, min: 10, max: 200, step: 10, showValue: true })]
          },
          { groupName: strings.ColumnsGroupName, groupFields: columnFields }
        ]
      }
    ]
  };
}
