using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace B2BRules.Cli.Tests;

/// <summary>
/// The directory endpoints <c>tenant pull</c> reads, in Graph's documented shapes: users a page at a time, domains, the
/// authorization policy, cross-tenant access (default and partners, paged), the beta B2B management policy and
/// findTenantInformationByDomainName (404 for a domain no tenant has).
/// </summary>
internal sealed partial class FakeGraph
{
    private readonly ConcurrentDictionary<string, TenantSettings> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _domainTenants = new(StringComparer.OrdinalIgnoreCase);
    private int _usersPagesServed;

    /// <summary>A tenant's settings as Graph returns them; null members answer 403 (the caller lacks the permission).</summary>
    public sealed class TenantSettings
    {
        public List<(string Name, bool IsVerified)>? Domains { get; set; } = [];

        public string? AllowInvitesFrom { get; set; } = "everyone";

        public JsonObject? CrossTenantDefault { get; set; } = Inbound("allowed", "AllUsers", false);

        public List<JsonObject>? CrossTenantPartners { get; set; } = [];

        /// <summary>The beta policy's definition JSON; null answers 404 (beta not answering).</summary>
        public string? B2BManagementPolicy { get; set; } = """{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":[],"BlockedDomains":[]}}}""";
    }

    /// <summary>Users per page (Graph's $top, at most 999).</summary>
    public int PageSize { get; set; } = 999;

    /// <summary>Answers the second users page 429 with Retry-After once.</summary>
    public bool ThrottleSecondUsersPage { get; set; }

    /// <summary>Refuses every users page 403.</summary>
    public bool HideUsers { get; set; }

    /// <summary>A delay before each users page, to widen the window a test kills the puller in.</summary>
    public TimeSpan UsersPageLatency { get; set; }

    /// <summary>How many users pages were answered 200.</summary>
    public int UsersPagesServed => _usersPagesServed;

    public TenantSettings Settings(string tenant) => _tenants.GetOrAdd(tenant, _ => new TenantSettings());

    /// <summary>Says which tenant has a domain (findTenantInformationByDomainName).</summary>
    public void DomainBelongsTo(string domain, string tenant) => _domainTenants[domain] = tenant;

    /// <summary>An inbound configuration: B2B collaboration for the given target, and MFA trust (null: not set, inherited).</summary>
    public static JsonObject Inbound(string accessType, string target, bool? isMfaAccepted, string? tenantId = null)
    {
        var configuration = new JsonObject
        {
            ["b2bCollaborationInbound"] = new JsonObject
            {
                ["usersAndGroups"] = new JsonObject { ["accessType"] = accessType, ["targets"] = new JsonArray(new JsonObject { ["target"] = target, ["targetType"] = "user" }) },
                ["applications"] = new JsonObject { ["accessType"] = "allowed", ["targets"] = new JsonArray(new JsonObject { ["target"] = "AllApplications", ["targetType"] = "application" }) },
            },
            ["inboundTrust"] = isMfaAccepted is null ? null : new JsonObject { ["isMfaAccepted"] = isMfaAccepted, ["isCompliantDeviceAccepted"] = false },
        };
        if (tenantId is not null)
        {
            configuration["tenantId"] = tenantId;
        }

        return configuration;
    }

    private void MapDirectory(WebApplication app)
    {
        app.MapGet("/v1.0/domains", (Func<HttpContext, IResult>)Domains);
        app.MapGet("/v1.0/policies/authorizationPolicy", (Func<HttpContext, IResult>)AuthorizationPolicy);
        app.MapGet("/v1.0/policies/crossTenantAccessPolicy/default", (Func<HttpContext, IResult>)CrossTenantDefault);
        app.MapGet("/v1.0/policies/crossTenantAccessPolicy/partners", (Func<HttpContext, IResult>)PartnersPage);
        app.MapGet("/beta/policies/b2bManagementPolicies", (Func<HttpContext, IResult>)B2BManagementPolicies);
        app.MapGet("/v1.0/tenantRelationships/{function}", (Func<HttpContext, IResult>)FindTenantInformation);
    }

    private IResult Domains(HttpContext context) => Settings(TenantOf(context)).Domains is { } domains
        ? Results.Json(new { value = domains.Select(d => new { id = d.Name, isVerified = d.IsVerified }) })
        : Forbidden();

    private IResult AuthorizationPolicy(HttpContext context) => Settings(TenantOf(context)).AllowInvitesFrom is { } value
        ? Results.Json(new { id = "authorizationPolicy", allowInvitesFrom = value, allowedToSignUpEmailBasedSubscriptions = true })
        : Forbidden();

    private IResult CrossTenantDefault(HttpContext context) => Settings(TenantOf(context)).CrossTenantDefault is { } json
        ? Results.Text(json.ToJsonString(), "application/json")
        : Forbidden();

    private IResult B2BManagementPolicies(HttpContext context) => Settings(TenantOf(context)).B2BManagementPolicy is { } definition
        ? Results.Json(new { value = new[] { new { id = "p1", displayName = "B2BManagementPolicy", isOrganizationDefault = true, definition = new[] { definition } } } })
        : Error(404, "Request_ResourceNotFound", "Resource not found.");

    private IResult FindTenantInformation(HttpContext context)
    {
        var function = context.Request.RouteValues["function"]?.ToString() ?? string.Empty;
        var start = function.IndexOf("domainName='", StringComparison.Ordinal);
        var domain = start < 0 ? string.Empty : Uri.UnescapeDataString(function[(start + 12)..].TrimEnd(')', '\''));
        return _domainTenants.TryGetValue(domain, out var tenant)
            ? Results.Json(new { tenantId = tenant, displayName = "Partner", defaultDomainName = domain })
            : Error(404, "Request_ResourceNotFound", "Resource not found.");
    }

    /// <summary>Two partner entries per page, so that paging is exercised.</summary>
    private IResult PartnersPage(HttpContext context)
    {
        var tenant = TenantOf(context);
        if (Settings(tenant).CrossTenantPartners is not { } partners)
        {
            return Forbidden();
        }

        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = partners.Skip(skip).Take(2).Select(p => JsonNode.Parse(p.ToJsonString())).ToArray();
        var body = new JsonObject { ["value"] = new JsonArray(page) };
        if (skip + 2 < partners.Count)
        {
            body["@odata.nextLink"] = $"{Endpoint}/policies/crossTenantAccessPolicy/partners?$skiptoken={skip + 2}";
        }

        return Results.Text(body.ToJsonString(), "application/json");
    }

    private async Task<IResult> UsersPageAsync(HttpContext context, string tenant)
    {
        if (HideUsers)
        {
            return Forbidden();
        }

        if (UsersPageLatency > TimeSpan.Zero)
        {
            await Task.Delay(UsersPageLatency);
        }

        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (ThrottleSecondUsersPage && skip > 0 && _refusedOnce.TryAdd("users-page-2", true))
        {
            context.Response.Headers.RetryAfter = "1";
            return Error(429, "TooManyRequests", "Too many requests.");
        }

        var size = Math.Min(PageSize, int.TryParse(context.Request.Query["$top"], CultureInfo.InvariantCulture, out var top) ? top : 100);
        var all = _users.Where(u => u.Key.Tenant == tenant).OrderBy(u => u.Value.UserPrincipalName, StringComparer.Ordinal).Select(u => u.Value).ToList();
        var page = all.Skip(skip).Take(size).Select(u => new
        {
            id = u.UserPrincipalName,
            userPrincipalName = u.UserPrincipalName,
            mail = u.Mail,
            otherMails = u.OtherMails,
            proxyAddresses = u.ProxyAddresses,
            userType = u.UserType,
            externalUserState = u.ExternalUserState,
        });
        Interlocked.Increment(ref _usersPagesServed);
        var next = skip + size < all.Count ? $"{Endpoint}/users?$select=id,userPrincipalName&$top={size}&$skiptoken={skip + size}" : null;
        return next is null ? Results.Json(new { value = page }) : Results.Json(new Dictionary<string, object> { ["value"] = page, ["@odata.nextLink"] = next });
    }

    private static IResult Forbidden() => Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
}
