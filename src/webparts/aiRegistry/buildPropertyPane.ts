import { PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { DEFAULT_LEAD_GROUP } from './services/AIRegistryService';

/** The registry's property pane: who the governance leads are, and the page size. */
export function buildPropertyPane(strings: IAIRegistryStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.SettingsGroupName,
            groupFields: [
              PropertyPaneTextField('leadGroup', { label: strings.LeadGroupLabel, description: strings.LeadGroupDescription, placeholder: DEFAULT_LEAD_GROUP }),
              PropertyPaneSlider('pageSize', { label: strings.PageSizeLabel, min: 10, max: 200, step: 10 })
            ]
          }
        ]
      }
    ]
  };
}
