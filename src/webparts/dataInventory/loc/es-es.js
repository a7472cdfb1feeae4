define([], function () {
  return {
    PropertyPaneDescription: 'Inventario de datos: conjuntos de datos con su propietario, custodio, ubicación y sensibilidad.',
    DefaultFiltersGroupName: 'Filtros predeterminados',
    DefaultFilterDescription: 'Use los nombres exactos de la lista de misiones. Los lectores pueden cambiar los filtros.',
    DefaultRegionLabel: 'Región',
    DefaultMissionLabel: 'Misión',
    DefaultDepartmentLabel: 'Departamento',
    DisplayGroupName: 'Visualización',
    PageSizeLabel: 'Registros por página',
    ColumnsGroupName: 'Columnas visibles'
  };
});
