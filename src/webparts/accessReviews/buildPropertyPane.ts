import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/** The web part's property pane: which view opens first. */
export function buildPropertyPane(strings: IAccessReviewsStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.DisplayGroupName,
            groupFields: [
              PropertyPaneDropdown('defaultView', {
                label: strings.DefaultViewLabel,
                options: [
                  { key: 'myReviews', text: strings.TabMyReviews },
                  { key: 'campaigns', text: strings.TabCampaigns },
                  { key: 'staleGroups', text: strings.TabStaleGroups },
                  { key: 'sod', text: strings.TabSoD }
                ]
              })
            ]
          }
        ]
      }
    ]
  };
}
