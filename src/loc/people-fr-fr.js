define([], function () {
  return {
    DirectoryHeader: 'Personnes de votre organisation',
    SiteUsersHeader: 'Utilisateurs de ce site',
    FallbackNoConsent: "L'annuaire de l'organisation n'est pas accessible à cette application (l'accès à Microsoft Graph n'a pas été approuvé) : seuls les utilisateurs de ce site sont proposés.",
    FallbackUnavailable: "L'annuaire de l'organisation est injoignable : seuls les utilisateurs de ce site sont proposés.",
    SearchTooLong: 'Tapez au plus {0} caractères pour rechercher une personne.',
    Adding: 'Ajout de {0} à ce site…',
    AddFailed: "{0} n'a pas pu être ajouté(e) à ce site. Réessayez ou choisissez une autre personne.",
    PersonWithDetails: '{0}, {1}',
    RemovePerson: 'Retirer {0}'
  };
});
