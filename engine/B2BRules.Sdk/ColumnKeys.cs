namespace B2BRules.Sdk;

/// <summary>
/// Canonical column keys, the same in every format (docs/policy-authoring.md lists them). The row indexer, <see cref="InvitationRow.LocationOf"/>,
/// YAML <c>field:</c> and SARIF <c>csvColumn</c> accept these, an Entra bracket name, or a legacy header, case-insensitively.
/// </summary>
public static class ColumnKeys
{
    /// <summary>The invitee's email address.</summary>
    public const string Email = "email";

    /// <summary>The invitee's display name.</summary>
    public const string DisplayName = "displayName";

    /// <summary>Where the invitee lands after redeeming.</summary>
    public const string RedirectUrl = "redirectUrl";

    /// <summary>Whether the invitation email is sent (Entra template).</summary>
    public const string SendEmail = "sendEmail";

    /// <summary>The customised invitation message.</summary>
    public const string Message = "message";

    /// <summary>The branding application ID (2015 preview).</summary>
    public const string AppId = "appId";

    /// <summary>Application IDs the invitee is assigned to, space-separated (2015 and 2016 previews).</summary>
    public const string AppResources = "appResources";

    /// <summary>Group object IDs the invitee is added to, space-separated (2015 and 2016 previews).</summary>
    public const string GroupResources = "groupResources";

    /// <summary>The contact-us URL (2015 preview).</summary>
    public const string ContactUsUrl = "contactUsUrl";

    /// <summary>The address copied on the invitation (2016 preview).</summary>
    public const string CcEmail = "ccEmail";

    /// <summary>The invitation language (2015 and 2016 previews).</summary>
    public const string Language = "language";
}
