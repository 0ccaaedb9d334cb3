using B2BRules.Sdk;

namespace B2BRules.Engine.Configuration;

/// <summary>What the command line adds to the rules files for one run, applied after everything in them.</summary>
/// <param name="InviterRole">--inviter-role, overriding policy.inviter.role.</param>
/// <param name="InviterType">--inviter-type (member or guest), overriding policy.inviter.userType.</param>
/// <param name="Severities">--severity settings.</param>
/// <param name="TenantPath">--tenant: a tenant snapshot, overriding <c>tenant:</c> in the rules files.</param>
/// <param name="Route">How the batches will reach the service: <c>check --route</c>, or the adapter's.</param>
public sealed record RunSettings(
    string? InviterRole = null,
    string? InviterType = null,
    IReadOnlyList<RuleSetting>? Severities = null,
    string? TenantPath = null,
    InvitationRoute Route = InvitationRoute.Upload)
{
    public static RunSettings None { get; } = new();
}
