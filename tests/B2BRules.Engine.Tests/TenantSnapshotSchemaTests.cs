using System.Text.Json;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;
using Json.Schema;

namespace B2BRules.Engine.Tests;

/// <summary>schema/tenant-snapshot.schema.json describes the files tenant pull and tenant import write.</summary>
public sealed class TenantSnapshotSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(BatchReaderTests.RepositoryRoot(), "schema", "tenant-snapshot.schema.json")));

    [Fact]
    public void A_snapshot_with_every_fact_known_is_valid()
    {
        var path = new TenantSnapshotBuilder()
            .Member("ada@contoso.com", proxyAddresses: ["SMTP:ada@contoso.com", "smtp:a.lovelace@contoso.com"])
            .Guest("bob@fabrikam.com", GuestState.PendingAcceptance)
            .Domain("contoso.com")
            .Domain("contoso.onmicrosoft.com")
            .AllowInvitesFrom(InviteSetting.AdminsAndGuestInviters)
            .Restrictions(RestrictionMode.Deny, "rivals.example")
            .Partner("fabrikam.com", "99999999-2222-3333-4444-555555555555")
            .Partner("nowhere.example", null)
            .Inbound(null, InboundAccess.Allowed, false)
            .Inbound("99999999-2222-3333-4444-555555555555", InboundAccess.Blocked, true)
            .WriteTemporary();

        AssertValid(path);
    }

    [Fact]
    public void An_imported_snapshot_with_unknown_facts_is_valid()
    {
        var path = new TenantSnapshotBuilder()
            .Member("ada@contoso.com")
            .Unknown(TenantFact.CrossTenantAccess)
            .Unknown(TenantFact.CollaborationRestrictions)
            .Unknown(TenantFact.AllowInvitesFrom)
            .TakenAt(DateTimeOffset.UtcNow, SnapshotOrigin.Imported)
            .WriteTemporary();

        AssertValid(path);
    }

    [Fact]
    public void The_schema_rejects_a_snapshot_of_another_format()
    {
        var path = new TenantSnapshotBuilder().WriteTemporary();
        var text = File.ReadAllText(path).Replace("\"b2brules-tenant-snapshot\"", "\"something-else\"", StringComparison.Ordinal);
        Evaluate(text).IsValid.ShouldBeFalse();
    }

    private static void AssertValid(string path)
    {
        var result = Evaluate(File.ReadAllText(path));
        result.IsValid.ShouldBeTrue(string.Join("\n", (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
