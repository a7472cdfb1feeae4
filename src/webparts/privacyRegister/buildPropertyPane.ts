import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/** The register's property pane: which records it opens on. */
export function buildPropertyPane(strings: IPrivacyRegisterStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.DisplayGroupName,
            groupFields: [
              PropertyPaneDropdown('defaultDpiaFilter', {
                label: strings.DefaultFilterLabel,
                options: [
                  { key: '', text: strings.FilterAll },
                  { key: 'required', text: strings.DpiaFilterRequired },
                  { key: 'missing', text: strings.DpiaFilterMissing }
                ]
              })
            ]
          }
        ]
      }
    ]
  };
}
