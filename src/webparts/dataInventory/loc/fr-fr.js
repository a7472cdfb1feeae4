define([], function () {
  return {
    PropertyPaneDescription: 'Inventaire des données : jeux de données avec leur propriétaire, dépositaire, emplacement et sensibilité.',
    DefaultFiltersGroupName: 'Filtres par défaut',
    DefaultFilterDescription: 'Utilisez les noms exacts de la liste des missions. Les lecteurs peuvent toujours modifier les filtres.',
    DefaultRegionLabel: 'Région',
    DefaultMissionLabel: 'Mission',
    DefaultDepartmentLabel: 'Département',
    DisplayGroupName: 'Affichage',
    PageSizeLabel: 'Enregistrements par page',
    ColumnsGroupName: 'Colonnes que les lecteurs peuvent choisir',
    ColumnsButton: 'Colonnes',
    ColumnsMenuLabel: 'Colonnes affichées dans la grille',
    RecordsShownOfTotal: { one: '{1} sur {0} enregistrement affiché', other: '{1} sur {0} enregistrements affichés' },
    RecordsShownMore: '{0} affichés, d\'autres disponibles',
    SavedViewsLabel: 'Vues enregistrées',
    SavedViewsPlaceholder: 'Choisir une vue enregistrée',
    SaveViewButton: 'Enregistrer la vue',
    SaveViewDialogTitle: 'Enregistrer la vue actuelle',
    SaveViewDialogText: 'Enregistre les filtres, le tri et les colonnes sous un nom, dans ce navigateur, pour vous sur ce site. Une vue du même nom est remplacée.',
    ViewNameLabel: 'Nom de la vue',
    DeleteViewButton: 'Supprimer la vue',
    ViewSaved: 'Vue « {0} » enregistrée.',
    ViewApplied: 'Vue « {0} » appliquée.',
    ViewDeleted: 'Vue « {0} » supprimée.'
  };
});
