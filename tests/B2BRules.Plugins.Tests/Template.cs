namespace B2BRules.Plugins.Tests;

internal static class Template
{
    public const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    public static string Row(string email) => $"{email},https://myapps.microsoft.com,true,hi\n";

    /// <summary>rules.yaml text for builtin:entra judging against a snapshot file (and any more lines).</summary>
    public static string EntraWith(string snapshotPath, string more = "") => $"extends: builtin:entra\ntenant: '{snapshotPath}'\n{more}";
}
