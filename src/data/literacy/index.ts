export * from './literacyStore';
