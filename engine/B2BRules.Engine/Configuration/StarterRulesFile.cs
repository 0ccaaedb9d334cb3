namespace B2BRules.Engine.Configuration;

/// <summary>
/// What <c>b2brules init</c> writes: a commented starter rules.yaml for a profile, and the JSON Schema beside it so
/// that editors complete keys and flag mistakes from the first keystroke.
/// </summary>
public static class StarterRulesFile
{
    public const string SchemaFileName = "rules.schema.json";

    public static readonly string[] Profiles = ["entra", "preview-2016"];

    /// <summary>The starter file for <c>builtin:entra</c> or <c>builtin:preview-2016</c>.</summary>
    public static string Render(string profile)
    {
        if (!Profiles.Contains(profile, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{profile}' is not a profile; use {string.Join(" or ", Profiles)}.", nameof(profile));
        }

        var entra = profile == "entra";
        return $$"""
            # yaml-language-server: $schema=./{{SchemaFileName}}
            # B2BRules policy for Microsoft Entra B2B invitation batches.
            # Check a batch:       b2brules check batches/partners.csv
            # See what is in force: b2brules rules list   ·   b2brules rules explain B2B0001
            # Reference: docs/policy-authoring.md

            # The profile to start from: builtin:entra (today's service) or builtin:preview-2016 (the 2016 preview's limits).
            extends: builtin:{{profile}}

            # Facts about your tenant that rules read.
            policy:
              maxRows: 2000                         # B2B0003: most invitee rows in one upload
              # mfa:
              #   required: true                    # B2B0004: the tenant requires MFA …
              #   trustedPartners: [fabrikam.com]   # … and trusts these partners' MFA claims
              # inviter:
              #   role: {{(entra ? "UserAdministrator  " : "GlobalAdministrator")}}         # B2B0005: who uploads (or --inviter-role)
              # onPremisesApps: []                  # B2B0006: application IDs published on-premises
              guestLifecycle:
                accessReviews: false                # B2B0007: true once access reviews remove inactive guests

            # Severities (error, warning, note, hidden, off), options, and your own declarative rules.
            rules:
              B2B0001:                              # consumer email domains ({{(entra ? "a note today; error if you admit only managed accounts" : "the preview could not invite them")}})
                severity: {{(entra ? "note" : "error")}}
                options:
                  exceptDomains: []                 # consumer domains you do allow
              # An allow-list rule of your own (IDs B2B1000–B2B8999 or your own prefix):
              # CONTOSO1001:
              #   title: Invitee must come from a partner domain
              #   message: "'{email}' is not from an approved partner domain"
              #   severity: error
              #   field: email
              #   then: { domainIn: [fabrikam.com] }

            # Changes for some files only, by glob relative to this file.
            # overrides:
            #   - files: ["legacy/**/*.csv"]
            #     rules: { B2B0109: off }

            """;
    }

    /// <summary>The JSON Schema of rules.yaml.</summary>
    public static string Schema()
    {
        using var stream = typeof(StarterRulesFile).Assembly.GetManifestResourceStream("schema/rules.schema.json")
            ?? throw new InvalidOperationException("The rules schema is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
