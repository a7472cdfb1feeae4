import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/** The approvals' property pane: which SharePoint group holds the governance leads. */
export function buildPropertyPane(strings: IOwnershipStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupFields: [PropertyPaneTextField('leadsGroup', { label: strings.LeadsGroupLabel, description: strings.LeadsGroupDescription })]
          }
        ]
      }
    ]
  };
}
