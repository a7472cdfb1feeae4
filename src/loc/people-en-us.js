define([], function () {
  return {
    DirectoryHeader: 'People in your organisation',
    SiteUsersHeader: "This site's users",
    FallbackNoConsent: "The organisation's directory is not available to this app (Microsoft Graph access has not been approved): showing this site's users only.",
    FallbackUnavailable: "The organisation's directory could not be reached: showing this site's users only.",
    SearchTooLong: 'Type at most {0} characters to search for a person.',
    Adding: 'Adding {0} to this site…',
    AddFailed: '{0} could not be added to this site. Try again or choose someone else.',
    PersonWithDetails: '{0}, {1}',
    RemovePerson: 'Remove {0}'
  };
});
