using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using B2BRules.BuiltIn.Graph;
using B2BRules.Engine.Tenants;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Graph;

/// <summary>
/// <c>b2brules tenant pull</c>: reads every fact of a tenant snapshot from Microsoft Graph, read-only (docs/tenant.md lists
/// the permission of each). The organization and the users must be read, or the pull stops (exit 4); any other fact
/// Graph refuses, or that its beta version does not answer, is recorded as unknown and named in the summary.
/// </summary>
public sealed class TenantPullService(TimeProvider clock)
{
    private const string UserProperties = "id,userPrincipalName,mail,otherMails,proxyAddresses,userType,externalUserState";

    public async Task<TenantPullResult> PullAsync(TenantPullRequest request, TextWriter log, IProgress<PullProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        var domains = request.ForInputs.Count == 0 ? [] : BatchDomains.Read(request.ForInputs, request.SourceRoot);
        var (token, problem) = await GraphCredentials.AcquireAsync(request.Settings, request.Endpoint, log, cancellationToken);
        if (token is null)
        {
            return new TenantPullResult(null, problem, []);
        }

        using var http = new GraphHttp(request.Endpoint, token, Setting(request, "maxRetries", 5), TimeSpan.FromMilliseconds(Setting(request, "retryDelayMs", 2000)));
        var unknown = new List<string>();
        var organization = await http.GetAsync("organization?$select=id,displayName", cancellationToken);
        if (organization.Json?["value"] is not JsonArray { Count: > 0 } organizations || GraphHttp.Text(organizations[0], "id") is not { } tenantId)
        {
            return new TenantPullResult(null, $"the organization cannot be read: {organization.Problem ?? "no organization in the answer"} (needs User.Read, or Organization.Read.All for an app)", []);
        }

        var users = new AddressIndex.Builder();
        var pages = 0;
        await foreach (var page in http.GetPagesAsync($"users?$select={UserProperties}&$top=999", cancellationToken))
        {
            if (!page.Succeeded)
            {
                return new TenantPullResult(null, $"the users cannot be read: {page.Problem} (needs User.Read.All); the old snapshot, if any, is unchanged", []);
            }

            pages++;
            foreach (var user in page.Json!["value"] as JsonArray ?? [])
            {
                AddUser(users, user);
            }

            progress?.Report(new PullProgress("users", pages, users.UserCount));
        }

        var facts = new HashSet<TenantFact>();
        void Unknown(TenantFact fact, string what, GraphAnswer answer, string permission)
        {
            facts.Add(fact);
            unknown.Add($"{what}: {answer.Problem ?? "no answer"} (needs {permission})");
        }

        var domainList = await ReadDomainsAsync(http, cancellationToken);
        if (domainList.Answer is { } failedDomains)
        {
            Unknown(TenantFact.Domains, "domains", failedDomains, "Domain.Read.All");
        }

        var authorization = await http.GetAsync("policies/authorizationPolicy", cancellationToken);
        var invite = authorization.Succeeded ? AllowInvitesFrom(authorization.Json!) : InviteSetting.Unknown;
        if (invite == InviteSetting.Unknown)
        {
            Unknown(TenantFact.AllowInvitesFrom, "who may invite (authorizationPolicy)", authorization, "Policy.Read.All");
        }

        var (crossTenant, crossTenantFailure) = await ReadCrossTenantAsync(http, cancellationToken);
        if (crossTenantFailure is not null)
        {
            Unknown(TenantFact.CrossTenantAccess, "cross-tenant access settings", crossTenantFailure, "Policy.Read.All");
        }

        var (restrictions, restrictionsFailure) = await ReadRestrictionsAsync(http, cancellationToken);
        if (restrictionsFailure is not null)
        {
            Unknown(TenantFact.CollaborationRestrictions, "collaboration restrictions (Graph beta: policies/b2bManagementPolicies)", restrictionsFailure, "Policy.Read.B2BManagementPolicy");
        }

        var (partners, partnersFailure) = await ResolvePartnersAsync(http, domains, progress, cancellationToken);
        if (partnersFailure is not null)
        {
            Unknown(TenantFact.PartnerTenants, "partner tenants (findTenantInformationByDomainName)", partnersFailure, "CrossTenantInformation.ReadBasic.All");
        }

        var content = new SnapshotContent
        {
            TenantId = tenantId.ToLowerInvariant(),
            TenantName = GraphHttp.Text(organizations[0], "displayName"),
            TakenAt = clock.GetUtcNow(),
            Origin = SnapshotOrigin.Pulled,
            Unknown = facts,
            Domains = domainList.Domains,
            AllowInvitesFrom = invite,
            CollaborationRestrictions = restrictions,
            CrossTenantAccess = crossTenant,
            PartnerTenants = partners,
            Users = users.Build(),
        };
        return new TenantPullResult(content, null, unknown);
    }

    private static int Setting(TenantPullRequest request, string key, int fallback) =>
        request.Settings.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static void AddUser(AddressIndex.Builder users, JsonNode? user)
    {
        var type = string.Equals(GraphHttp.Text(user, "userType"), "Guest", StringComparison.OrdinalIgnoreCase) ? DirectoryUserType.Guest : DirectoryUserType.Member;
        var state = GraphHttp.Text(user, "externalUserState") switch
        {
            "PendingAcceptance" => GuestState.PendingAcceptance,
            "Accepted" => GuestState.Accepted,
            _ => GuestState.None,
        };
        users.Add(type, type == DirectoryUserType.Guest ? state : GuestState.None,
            DirectoryAddresses.Of(GraphHttp.Text(user, "userPrincipalName"), GraphHttp.Text(user, "mail"), Strings(user?["proxyAddresses"]), Strings(user?["otherMails"])));
    }

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? [.. items.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()] : [];

    private static async Task<(List<TenantDomain> Domains, GraphAnswer? Answer)> ReadDomainsAsync(GraphHttp http, CancellationToken cancellationToken)
    {
        var domains = new List<TenantDomain>();
        await foreach (var page in http.GetPagesAsync("domains?$select=id,isVerified", cancellationToken))
        {
            if (!page.Succeeded)
            {
                return ([], page);
            }

            domains.AddRange((page.Json!["value"] as JsonArray ?? []).Select(d =>
                new TenantDomain((GraphHttp.Text(d, "id") ?? string.Empty).ToLowerInvariant(), d?["isVerified"] is JsonValue v && v.TryGetValue<bool>(out var verified) && verified))
                .Where(d => d.Name.Length > 0));
        }

        return (domains, null);
    }

    /// <summary>allowInvitesFrom from the authorization policy (v1.0 returns the policy itself; some tenants a one-item collection).</summary>
    private static InviteSetting AllowInvitesFrom(JsonNode json)
    {
        var policy = json["value"] is JsonArray { Count: > 0 } list ? list[0] : json;
        return GraphHttp.Text(policy, "allowInvitesFrom") is { } value && Enum.TryParse<InviteSetting>(value, ignoreCase: true, out var setting) ? setting : InviteSetting.Unknown;
    }

    private static async Task<(CrossTenantSettings Settings, GraphAnswer? Failure)> ReadCrossTenantAsync(GraphHttp http, CancellationToken cancellationToken)
    {
        var defaults = await http.GetAsync("policies/crossTenantAccessPolicy/default", cancellationToken);
        if (!defaults.Succeeded)
        {
            return (CrossTenantSettings.None, defaults);
        }

        var partners = new Dictionary<string, InboundSetting>(StringComparer.Ordinal);
        await foreach (var page in http.GetPagesAsync("policies/crossTenantAccessPolicy/partners", cancellationToken))
        {
            if (!page.Succeeded)
            {
                return (CrossTenantSettings.None, page);
            }

            foreach (var partner in page.Json!["value"] as JsonArray ?? [])
            {
                if (GraphHttp.Text(partner, "tenantId") is { } id)
                {
                    partners[id.ToLowerInvariant()] = Inbound(partner);
                }
            }
        }

        return (new CrossTenantSettings(Inbound(defaults.Json), partners), null);
    }

    /// <summary>
    /// One configuration's inbound B2B collaboration and MFA trust; null values are inherited from the default. Access
    /// for all users and groups (target <c>AllUsers</c>) is allowed or blocked outright; for named ones, only for them.
    /// </summary>
    private static InboundSetting Inbound(JsonNode? configuration)
    {
        InboundAccess? access = null;
        if (configuration?["b2bCollaborationInbound"]?["usersAndGroups"] is JsonObject usersAndGroups)
        {
            var blocked = string.Equals(GraphHttp.Text(usersAndGroups, "accessType"), "blocked", StringComparison.OrdinalIgnoreCase);
            var all = usersAndGroups["targets"] is not JsonArray targets || targets.Count == 0
                || targets.Any(t => string.Equals(GraphHttp.Text(t, "target"), "AllUsers", StringComparison.OrdinalIgnoreCase));
            access = (blocked, all) switch
            {
                (true, true) => InboundAccess.Blocked,
                (true, false) => InboundAccess.BlockedForSelected,
                (false, true) => InboundAccess.Allowed,
                _ => InboundAccess.AllowedForSelected,
            };
        }

        bool? mfa = configuration?["inboundTrust"]?["isMfaAccepted"] is JsonValue trust && trust.TryGetValue<bool>(out var accepted) ? accepted : null;
        return new InboundSetting(access, mfa);
    }

    /// <summary>
    /// The active B2B management policy's allow or deny list (Graph beta). Its definition is the JSON the admin center
    /// writes: <c>{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":[],"BlockedDomains":[]}}}</c>.
    /// </summary>
    private static async Task<(CollaborationRestrictions Restrictions, GraphAnswer? Failure)> ReadRestrictionsAsync(GraphHttp http, CancellationToken cancellationToken)
    {
        if (http.BetaEndpoint is not { } beta)
        {
            return (CollaborationRestrictions.Unknown, new GraphAnswer(null, null, "the endpoint is not a v1.0 root, so its beta version is unknown"));
        }

        var answer = await http.GetAsync(new Uri(beta, "policies/b2bManagementPolicies").ToString(), cancellationToken);
        if (!answer.Succeeded)
        {
            return (CollaborationRestrictions.Unknown, answer);
        }

        try
        {
            var policies = answer.Json!["value"] as JsonArray ?? [];
            var active = policies.FirstOrDefault(p => p?["isOrganizationDefault"] is JsonValue d && d.TryGetValue<bool>(out var isDefault) && isDefault) ?? policies.FirstOrDefault();
            if (active?["definition"] is not JsonArray { Count: > 0 } definition || definition[0] is not JsonValue text || !text.TryGetValue<string>(out var json))
            {
                return (new CollaborationRestrictions(RestrictionMode.None, []), null);
            }

            var lists = JsonNode.Parse(json)?["B2BManagementPolicy"]?["InvitationsAllowedAndBlockedDomainsPolicy"];
            var blocked = Strings(lists?["BlockedDomains"]).Select(d => d.ToLowerInvariant()).ToList();
            var allowed = Strings(lists?["AllowedDomains"]).Select(d => d.ToLowerInvariant()).ToList();
            return (blocked.Count > 0 ? new CollaborationRestrictions(RestrictionMode.Deny, blocked)
                : allowed.Count > 0 ? new CollaborationRestrictions(RestrictionMode.Allow, allowed)
                : new CollaborationRestrictions(RestrictionMode.None, []), null);
        }
        catch (JsonException e)
        {
            return (CollaborationRestrictions.Unknown, new GraphAnswer(answer.Status, null, $"its definition is not the JSON expected ({e.Message})"));
        }
    }

    /// <summary>Each domain's tenant: <c>findTenantInformationByDomainName</c>; 404 means no tenant has it (a consumer or unmanaged domain).</summary>
    private static async Task<(Dictionary<string, string?> Partners, GraphAnswer? Failure)> ResolvePartnersAsync(
        GraphHttp http, IReadOnlyList<string> domains, IProgress<PullProgress>? progress, CancellationToken cancellationToken)
    {
        var partners = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            var answer = await http.GetAsync($"tenantRelationships/findTenantInformationByDomainName(domainName='{Uri.EscapeDataString(domain)}')", cancellationToken);
            if (answer.Succeeded)
            {
                partners[domain] = GraphHttp.Text(answer.Json, "tenantId")?.ToLowerInvariant();
            }
            else if (answer.Status == HttpStatusCode.NotFound)
            {
                partners[domain] = null;
            }
            else
            {
                return (partners, answer); // refused: the rest would be refused too
            }

            progress?.Report(new PullProgress("partner tenants", partners.Count, domains.Count));
        }

        return (partners, null);
    }
}
