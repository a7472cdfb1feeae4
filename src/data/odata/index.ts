export * from './filter';
export { filterField } from './fieldRef';
