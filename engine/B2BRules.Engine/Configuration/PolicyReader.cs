using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Configuration;

/// <summary>Reads the merged <c>policy:</c> mapping into the typed <see cref="Policy"/>, checking each known key's type.</summary>
internal static class PolicyReader
{
    /// <summary>The keys B2BRules reads; plugins may read keys of their own, so others are allowed unless they look like a typo.</summary>
    private static readonly Dictionary<string, string[]?> KnownKeys = new(StringComparer.Ordinal)
    {
        ["maxRows"] = null,
        ["mfa"] = ["required", "trustedPartners"],
        ["inviter"] = ["role", "userType"],
        ["uploadRoles"] = null,
        ["onPremisesApps"] = null,
        ["guestLifecycle"] = ["accessReviews"],
        ["adapters"] = ["onWarning", "graph"],
        ["suppressions"] = ["protectedRules"],
        ["tenant"] = ["id", "maxAgeDays"],
        ["collaborationRestrictions"] = ["allow", "deny"],
    };

    public static Policy Read(IReadOnlyDictionary<string, OptionValue> values, RunSettings? run = null, ServiceProfile profile = ServiceProfile.Preview2016, TenantSnapshot? tenant = null)
    {
        run ??= RunSettings.None;
        CheckKeys(values);
        var raw = new RuleOptions(values);
        try
        {
            var mfa = Nested(raw, "mfa");
            var inviter = Nested(raw, "inviter");
            var lifecycle = Nested(raw, "guestLifecycle");
            var maxRows = raw.GetInt32("maxRows", Policy.Default.MaxRows);
            if (maxRows < 1)
            {
                throw new RuleOptionException("policy.maxRows must be at least 1.", values["maxRows"].Source);
            }

            var adapters = Nested(raw, "adapters");
            var onWarning = adapters.GetString("onWarning", "hold");
            if (onWarning is not ("hold" or "send"))
            {
                adapters.TryGetValue("onWarning", out var where);
                throw new RuleOptionException($"policy.adapters.onWarning must be 'hold' or 'send', not '{onWarning}'.", where.Source);
            }

            return new Policy
            {
                Profile = profile,
                Route = run.Route,
                Tenant = tenant,
                Snapshot = ReadSnapshotPolicy(Nested(raw, "tenant")),
                CollaborationRestrictions = ReadRestrictions(Nested(raw, "collaborationRestrictions")),
                MaxRows = maxRows,
                Mfa = new MfaPolicy(mfa.GetBoolean("required", false), mfa.GetStringList("trustedPartners", [])),
                Inviter = new InviterPolicy(NonEmpty(run.InviterRole) ?? NonEmpty(inviter.GetString("role", string.Empty)))
                {
                    UserType = ReadUserType(inviter, run.InviterType),
                },
                UploadRoles = raw.GetStringList("uploadRoles", Policy.Default.UploadRoles),
                OnPremisesApps = raw.GetStringList("onPremisesApps", []),
                GuestLifecycle = new GuestLifecyclePolicy(lifecycle.GetBoolean("accessReviews", false)),
                Raw = raw,
            };
        }
        catch (RuleOptionException e)
        {
            throw new ConfigurationException("In policy: " + e.Message, e.Source);
        }
    }

    private static void CheckKeys(IReadOnlyDictionary<string, OptionValue> values)
    {
        foreach (var (key, value) in values)
        {
            if (!KnownKeys.TryGetValue(key, out var nested))
            {
                var suggestion = Suggest.Nearest(key, KnownKeys.Keys);
                if (suggestion.Length > 0)
                {
                    throw new ConfigurationException($"policy.{key} is not a key B2BRules reads{suggestion}.", value.Source);
                }

                continue; // a key of a plugin's own
            }

            if (nested is not null && value.Value is IReadOnlyDictionary<string, OptionValue> map)
            {
                foreach (var (inner, innerValue) in map.Where(p => !nested.Contains(p.Key, StringComparer.Ordinal)))
                {
                    throw new ConfigurationException(
                        $"policy.{key}.{inner} is not a key of policy.{key}{Suggest.Nearest(inner, nested)}; expected: {string.Join(", ", nested)}.", innerValue.Source);
                }
            }
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>policy.inviter.userType (or --inviter-type): member or guest, as allowInvitesFrom distinguishes them.</summary>
    private static string? ReadUserType(RuleOptions inviter, string? commandLine)
    {
        var stated = NonEmpty(commandLine) ?? NonEmpty(inviter.GetString("userType", string.Empty));
        if (stated is null)
        {
            return null;
        }

        var type = stated.ToLowerInvariant();
        if (type is "member" or "guest")
        {
            return type;
        }

        inviter.TryGetValue("userType", out var where);
        throw new RuleOptionException($"the inviter's user type must be 'member' or 'guest', not '{stated}'.", commandLine is null ? where.Source : null);
    }

    /// <summary>policy.tenant: which tenant a snapshot must be for, and how many days old it may be.</summary>
    private static SnapshotPolicy ReadSnapshotPolicy(RuleOptions tenant)
    {
        var id = NonEmpty(tenant.GetString("id", string.Empty));
        if (id is not null && !Guid.TryParse(id, out _))
        {
            tenant.TryGetValue("id", out var where);
            throw new RuleOptionException($"policy.tenant.id must be the tenant's ID (a GUID), not '{id}'.", where.Source);
        }

        var maxAge = tenant.GetInt32("maxAgeDays", SnapshotPolicy.DefaultMaxAgeDays);
        if (maxAge < 0)
        {
            tenant.TryGetValue("maxAgeDays", out var where);
            throw new RuleOptionException("policy.tenant.maxAgeDays must be 0 or more.", where.Source);
        }

        return new SnapshotPolicy(id?.ToLowerInvariant(), maxAge);
    }

    /// <summary>policy.collaborationRestrictions: <c>{ allow: [...] }</c> or <c>{ deny: [...] }</c>, as the admin center keeps one list.</summary>
    private static CollaborationRestrictions? ReadRestrictions(RuleOptions restrictions)
    {
        var allow = restrictions.TryGetStringList("allow", out var allowed);
        var deny = restrictions.TryGetStringList("deny", out var denied);
        if (allow && deny)
        {
            restrictions.TryGetValue("deny", out var where);
            throw new RuleOptionException("policy.collaborationRestrictions takes 'allow' or 'deny', not both: a tenant keeps one list.", where.Source);
        }

        static IReadOnlyList<string> Domains(IReadOnlyList<string> list) => [.. list.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0)];
        return allow ? new CollaborationRestrictions(RestrictionMode.Allow, Domains(allowed!))
            : deny ? new CollaborationRestrictions(RestrictionMode.Deny, Domains(denied!))
            : null;
    }

    private static RuleOptions Nested(RuleOptions raw, string key) => raw.TryGetOptions(key, out var nested) ? nested : RuleOptions.Empty;
}
