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
    ColumnsGroupName: 'Columnas que los lectores pueden elegir',
    ColumnsButton: 'Columnas',
    ColumnsMenuLabel: 'Columnas mostradas en la cuadrícula',
    RecordsShownOfTotal: { one: '{1} de {0} registro mostrado', other: '{1} de {0} registros mostrados' },
    RecordsShownMore: '{0} mostrados, hay más disponibles',
    SavedViewsLabel: 'Vistas guardadas',
    SavedViewsPlaceholder: 'Elegir una vista guardada',
    SaveViewButton: 'Guardar vista',
    SaveViewDialogTitle: 'Guardar la vista actual',
    SaveViewDialogText: 'Guarda los filtros, el orden y las columnas con un nombre, en este navegador, para usted en este sitio. Una vista con el mismo nombre se reemplaza.',
    ViewNameLabel: 'Nombre de la vista',
    DeleteViewButton: 'Eliminar vista',
    ViewSaved: 'Vista «{0}» guardada.',
    ViewApplied: 'Vista «{0}» aplicada.',
    ViewDeleted: 'Vista «{0}» eliminada.'
  };
});
