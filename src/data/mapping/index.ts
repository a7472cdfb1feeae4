export * from './rawTypes';
export { selectFor, selectForFields, lookupShownField, PERSON_PROPERTIES, type ItemQueryShape } from './select';
export { itemFromRaw, valuesFromRaw, metaFromRaw, fieldFromRaw, toPerson } from './fromRaw';
export { toWriteBody, type WriteBodyOptions } from './toRaw';
export { toDateOnly, dateOnlyForWrite } from './dates';
