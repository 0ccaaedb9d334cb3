using B2BRules.Sdk;

namespace B2BRules.Engine.Input;

/// <summary>The one column-key table (docs/policy-authoring.md lists the keys): canonical key, Entra bracket name, and the legacy headers.</summary>
internal static class ColumnCatalog
{
    public sealed record Entry(string Key, string? EntraName, string? Preview2015Header, string? Preview2016Header);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new(ColumnKeys.Email, "inviteeEmail", "Email", "Email"),
        new(ColumnKeys.DisplayName, null, "DisplayName", "DisplayName"),
        new(ColumnKeys.RedirectUrl, "inviteRedirectURL", "InviteReplyUrl", "InviteRedirectUrl"),
        new(ColumnKeys.SendEmail, "sendEmail", null, null),
        new(ColumnKeys.Message, "customizedMessageBody", null, "InvitationText"),
        new(ColumnKeys.AppId, null, "InviteAppID", null),
        new(ColumnKeys.AppResources, null, "InviteAppResources", "InvitedToApplications"),
        new(ColumnKeys.GroupResources, null, "InviteGroupResources", "InvitedToGroups"),
        new(ColumnKeys.ContactUsUrl, null, "InviteContactUsUrl", null),
        new(ColumnKeys.CcEmail, null, null, "CcEmailAddress"),
        new(ColumnKeys.Language, null, "Language", "Language"),
    ];

    /// <summary>Columns a format cannot do without (DOMAIN §1.2, §1.3, §2.1).</summary>
    public static IReadOnlyList<string> RequiredKeys(BatchFormat format) => format switch
    {
        BatchFormat.EntraBulkInviteV1 => [ColumnKeys.Email, ColumnKeys.RedirectUrl],
        BatchFormat.Preview2015 => [ColumnKeys.Email, ColumnKeys.DisplayName, ColumnKeys.ContactUsUrl],
        BatchFormat.Preview2016 => [ColumnKeys.Email, ColumnKeys.DisplayName],
        _ => [],
    };

    public static string? HeaderOf(Entry entry, BatchFormat format) => format switch
    {
        BatchFormat.EntraBulkInviteV1 => entry.EntraName,
        BatchFormat.Preview2015 => entry.Preview2015Header,
        BatchFormat.Preview2016 => entry.Preview2016Header,
        _ => null,
    };

    /// <summary>The entry a header cell names in a format (legacy headers: trimmed, any case).</summary>
    public static Entry? Find(string name, BatchFormat format)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(HeaderOf(entry, format), name, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}
