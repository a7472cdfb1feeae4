define([], function () {
  return {
    PropertyPaneDescription: 'Cuadro de mando de la salud de los datos: madurez de la gobernanza y despliegue del inventario de un vistazo.',
    ScopeGroupName: 'Ámbito',
    ScopeKindLabel: 'Mostrar',
    ScopeKindOrganisation: 'Toda la organización',
    ScopeKindRegion: 'Una región',
    ScopeKindMission: 'Una misión',
    ScopeValueLabel: 'Nombre de la región o misión',
    ScopeValueDescription: 'Use el nombre exacto de la lista de misiones.',
    TilesGroupName: 'Mosaicos visibles'
  };
});
