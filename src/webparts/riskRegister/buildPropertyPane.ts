import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/** The register's property pane: which tab opens first. */
export function buildPropertyPane(strings: IRiskRegisterStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.DisplayGroupName,
            groupFields: [
              PropertyPaneDropdown('defaultTab', {
                label: strings.DefaultViewLabel,
                options: [
                  { key: 'register', text: strings.TabRegister },
                  { key: 'heatMap', text: strings.TabHeatMap },
                  { key: 'assessments', text: strings.TabAssessments }
                ]
              })
            ]
          }
        ]
      }
    ]
  };
}
