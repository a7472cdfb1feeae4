/**
 * Microsoft Graph services (DESIGN section 8), each behind an interface so containers take them as props:
 * people (search, batched resolution, photos), the label catalogue, the label and sharing check of records, the
 * writer of its results to the records' cached fields, and the directory reader of access reviews.
 */
export * from './client';
export { PeopleService, type DirectoryPerson, type IPeopleService, type PersonResolution } from './people/PeopleService';
export { LabelCatalogueService, type ILabelCatalogueService } from './labels/LabelCatalogueService';
export {
  LabelCheckService, type ILabelCheckService, type LabelCheckOptions, type LabelCheckResult, type LabelCheckRun, type LabelCheckSettings, type LabelCheckTarget
} from './labels/LabelCheckService';
export { writeLabelResults, type LabelWriteOptions, type LabelWriteResult } from './labels/writeLabelResults';
export { encodeSharingUrl } from './labels/sharingUrl';
export { toSharingPermissions } from './access/sharing';
export { GraphDirectoryReader, type GraphDirectoryReaderOptions } from './directory/GraphDirectoryReader';
export type {
  AppAccess, AppRole, DirectoryApp, DirectoryGroup, DirectoryPrincipal, DirectoryRole, GroupAccess, IDirectoryReader, ReadProgress, RoleAccess
} from './directory/types';
