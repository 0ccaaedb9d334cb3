using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;

namespace B2BRules.BuiltIn;

/// <summary>
/// The one mapping from a planned row to an invitation's fields, shared by the entra-csv and graph adapters so that an
/// upload file and a Graph request made from the same batch say the same thing (docs/adapters.md, "What the adapters
/// send"). Linked as source into both adapters, since plugins share no assembly but the SDK.
/// </summary>
internal static class InvitationFields
{
    /// <summary>Where guests land when the batch gives no redirect URL (a 2015/2016 batch may leave it empty): My Apps.</summary>
    public const string DefaultRedirectUrl = "https://myapplications.microsoft.com";

    /// <summary>The trimmed redirect URL, or <paramref name="fallback"/> when the cell is empty or absent.</summary>
    public static string RedirectUrl(PlannedRow row, string fallback) =>
        row.Cell(ColumnKeys.RedirectUrl).Trim() is { Length: > 0 } redirect ? redirect : fallback;

    /// <summary>
    /// Whether to send the invitation email: the sendEmail cell when it says true or false (any case, trimmed), else true.
    /// The 2015/2016 formats have no such column and the preview mailed every invitation; Microsoft does not document
    /// what the upload does with a blank cell, and Graph's own default is false, so a blank cell is made explicit here
    /// rather than left to differ between the two routes. A cell that is neither word is B2B0110, an error: never sent.
    /// </summary>
    public static bool SendInvitationMessage(PlannedRow row) =>
        !bool.TryParse(row.Cell(ColumnKeys.SendEmail).Trim(), out var send) || send;

    /// <summary>The trimmed display name, or null when there is none (the Entra template has no such column).</summary>
    public static string? DisplayName(PlannedRow row) => NonEmpty(row.Cell(ColumnKeys.DisplayName));

    /// <summary>The trimmed customized message, or null.</summary>
    public static string? Message(PlannedRow row) => NonEmpty(row.Cell(ColumnKeys.Message));

    private static string? NonEmpty(string cell) => cell.Trim() is { Length: > 0 } value ? value : null;
}
