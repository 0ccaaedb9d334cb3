using System.Net;

namespace B2BRules.Adapters.Graph;

/// <summary>Whom a refused invitation is about: this invitee only, or the caller (and so every row after it).</summary>
internal enum RefusalScope
{
    /// <summary>About this invitee: the row fails and the run goes on.</summary>
    Invitee,

    /// <summary>About the caller or the tenant: the run stops (exit 4) and the row stays pending, to be resumed.</summary>
    Caller,

    /// <summary>A 403 whose code and message say neither: the row fails, unless the next row is refused the same way.</summary>
    Unknown,
}

/// <summary>
/// Tells a refusal about one invitee (a blocked domain, cross-tenant access settings of the invitee's organisation, an
/// invalid address) from one about the caller (no permission, invitations restricted or disabled, the tenant blocked
/// for suspicious activity), from Graph's status, error code and message. Texts are those Microsoft documents
/// (docs/adapters.md lists them with their sources).
/// </summary>
internal static class GraphRefusal
{
    private static readonly string[] CallerCodes = ["Authorization_RequestDenied", "Unauthorized", "InvalidAuthenticationToken"];

    private static readonly string[] CallerTexts =
    [
        "insufficient privileges",
        "not allowed for your company",           // allowInvitesFrom: "Guest invitations not allowed for your company."
        "invitations have been disabled",
        "suspicious activity",                    // "Invitations are blocked for this directory due to suspicious activity."
        "blocked for this directory",
    ];

    private static readonly string[] InviteeTexts =
    [
        "cross-tenant access settings",           // "This invitation is blocked by cross-tenant access settings…"
        "cross cloud worker",                     // "…the Microsoft B2B Cross Cloud Worker application has been disabled in the invited user's tenant"
        "domain",                                 // collaboration restrictions: invitations to blocked domains fail
        "proxyaddress",
        "invited user",
    ];

    public static RefusalScope Classify(HttpStatusCode status, string? code, string? message)
    {
        if (status == HttpStatusCode.Unauthorized)
        {
            return RefusalScope.Caller;
        }

        if (status != HttpStatusCode.Forbidden)
        {
            return RefusalScope.Invitee; // 400 and the other 4xx describe this request's body
        }

        var text = message ?? string.Empty;
        if (CallerCodes.Contains(code, StringComparer.OrdinalIgnoreCase) || CallerTexts.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)))
        {
            return RefusalScope.Caller;
        }

        return InviteeTexts.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) ? RefusalScope.Invitee : RefusalScope.Unknown;
    }
}
