import { PropertyPaneLabel } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

/**
 * The roles' property pane: says who edits the matrix. Not a page setting: the matrix decides who is asked to
 * approve, so anyone able to edit the page must not be able to choose who maintains it.
 */
export function buildPropertyPane(strings: IGovernanceRolesStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [{ groupName: strings.DisplayGroupName, groupFields: [PropertyPaneLabel('leadsGroupNote', { text: strings.LeadsGroupNote })] }]
      }
    ]
  };
}
