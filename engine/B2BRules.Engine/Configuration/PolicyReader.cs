using B2BRules.Sdk;

namespace B2BRules.Engine.Configuration;

/// <summary>Reads the merged <c>policy:</c> mapping into the typed <see cref="Policy"/>, checking each known key's type.</summary>
internal static class PolicyReader
{
    /// <summary>The keys B2BRules reads; plugins may read keys of their own, so others are allowed unless they look like a typo.</summary>
    private static readonly Dictionary<string, string[]?> KnownKeys = new(StringComparer.Ordinal)
    {
        ["maxRows"] = null,
        ["mfa"] = ["required", "trustedPartners"],
        ["inviter"] = ["role"],
        ["uploadRoles"] = null,
        ["onPremisesApps"] = null,
        ["guestLifecycle"] = ["accessReviews"],
        ["adapters"] = ["onWarning", "graph"],
        ["suppressions"] = ["protectedRules"],
    };

    public static Policy Read(IReadOnlyDictionary<string, OptionValue> values, string? inviterRole = null, ServiceProfile profile = ServiceProfile.Preview2016)
    {
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
                MaxRows = maxRows,
                Mfa = new MfaPolicy(mfa.GetBoolean("required", false), mfa.GetStringList("trustedPartners", [])),
                Inviter = new InviterPolicy(NonEmpty(inviterRole) ?? NonEmpty(inviter.GetString("role", string.Empty))),
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

    private static RuleOptions Nested(RuleOptions raw, string key) => raw.TryGetOptions(key, out var nested) ? nested : RuleOptions.Empty;
}
