export * from './literacyStore';
export * from './literacyFigures';
