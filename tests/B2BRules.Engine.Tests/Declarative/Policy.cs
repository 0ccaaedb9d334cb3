namespace B2BRules.Engine.Tests.Declarative;

/// <summary>Builds small rules files with one declarative rule, and Entra batches to run them on.</summary>
internal static class Policy
{
    public const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    /// <summary>A rules file defining TEST1001 with the given <c>then</c> (and optional <c>when</c> and field).</summary>
    public static string Rule(string then, string? when = null, string field = "email", string message = "'{email}' breaks the rule") =>
        "rules:\n  TEST1001:\n    title: Test rule\n" +
        $"    message: \"{message}\"\n    severity: error\n    field: {field}\n" +
        (when is null ? string.Empty : $"    when: {when}\n") +
        $"    then: {then}\n";

    public static string Row(string email, string send = "true", string message = "hi") => $"{email},https://myapps.microsoft.com,{send},{message}\n";
}
