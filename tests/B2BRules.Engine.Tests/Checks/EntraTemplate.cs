namespace B2BRules.Engine.Tests.Checks;

/// <summary>The first two lines of the Entra bulk-invite template, as a spreadsheet round-trip leaves them.</summary>
internal static class EntraTemplate
{
    public const string Header = """
version:v1.0,,,
Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]
""";
}
