import { PropertyPaneSlider } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/**
 * The registry's property pane: the page size. Who the governance leads are is not a page setting (anyone who can edit
 * the page could otherwise choose who verifies): it is the SharePoint group the site owners manage (issue 23).
 */
export function buildPropertyPane(strings: IAIRegistryStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.SettingsGroupName,
            groupFields: [
              PropertyPaneSlider('pageSize', { label: strings.PageSizeLabel, min: 10, max: 200, step: 10 })
            ]
          }
        ]
      }
    ]
  };
}
