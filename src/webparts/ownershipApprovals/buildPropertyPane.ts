import { PropertyPaneLabel } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/**
 * The approvals' property pane: says who the governance leads are. It is not a page setting (anyone who can edit the
 * page or tab could otherwise choose who sees anomalies and recomputes): it is the group the site owners manage.
 */
export function buildPropertyPane(strings: IOwnershipStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupFields: [PropertyPaneLabel('leadsGroupNote', { text: strings.LeadsGroupNote })]
          }
        ]
      }
    ]
  };
}
