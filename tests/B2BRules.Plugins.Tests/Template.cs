namespace B2BRules.Plugins.Tests;

internal static class Template
{
    public const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    public static string Row(string email) => $"{email},https://myapps.microsoft.com,true,hi\n";
}
