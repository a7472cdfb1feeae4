import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IPeopleDirectory } from '../../../core/people';
import type { IPrivacyService } from '../services/IPrivacyService';

/** Which records the register shows first. */
export type PrivacyDpiaFilter = '' | 'required' | 'missing';

/** Props of the Privacy Register container (the web part and the workbench pass the same). */
export interface IPrivacyRegisterProps {
  service: IPrivacyService;
  strings: IPrivacyRegisterStrings;
  shared: IGovernanceSuiteStrings;
  /** The AI Registry's strings, for its dataset picker. */
  aiStrings: IAIRegistryStrings;
  /** The DPIA filter the register opens with (web part property). */
  defaultDpiaFilter?: PrivacyDpiaFilter;
  theme?: PartialTheme;
  /** The web part's people directory, for the pickers (a directory person is added to the site when chosen). */
  people?: IPeopleDirectory;
}
