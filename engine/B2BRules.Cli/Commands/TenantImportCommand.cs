using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Tenants;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules tenant import</c>.</summary>
public sealed class TenantImportSettings : CommandSettings
{
    [CommandOption("--users <FILE>")]
    [Description("The users CSV the Entra admin center's Users > Download users writes.")]
    public string? Users { get; init; }

    [CommandOption("--tenant-id <ID>")]
    [Description("The tenant's ID (Overview > Tenant ID in the admin center).")]
    public string? TenantId { get; init; }

    [CommandOption("--domain <DOMAIN>")]
    [Description("A verified domain of the tenant (Domain names in the admin center); repeatable.")]
    public string[] Domains { get; init; } = [];

    [CommandOption("--allow-invites-from <VALUE>")]
    [Description("Who may invite (External collaboration settings): none, adminsAndGuestInviters, adminsGuestInvitersAndAllMembers or everyone.")]
    public string? AllowInvitesFrom { get; init; }

    [CommandOption("--tenant-name <NAME>")]
    [Description("The tenant's display name, for reports.")]
    public string? TenantName { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("The snapshot to write. Default: tenant.snapshot.json.")]
    [DefaultValue("tenant.snapshot.json")]
    public string Output { get; init; } = "tenant.snapshot.json";

    public override ValidationResult Validate() =>
        Users is null ? ValidationResult.Error("--users FILE is required: the admin center's Download users CSV.")
        : TenantId is null ? ValidationResult.Error("--tenant-id ID is required.")
        : ValidationResult.Success();
}

/// <summary><c>b2brules tenant import</c>: a tenant snapshot from the admin center's users download and stated settings.</summary>
public sealed class TenantImportCommand(TimeProvider clock) : Command<TenantImportSettings>
{
    public override int Execute(CommandContext context, TenantImportSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var (content, users) = TenantImport.Build(
                new TenantImportRequest(settings.Users!, settings.TenantId!, settings.Domains, settings.AllowInvitesFrom, settings.TenantName), clock.GetUtcNow());
            SnapshotFile.Write(settings.Output, content);
            Console.WriteLine($"Read {users.Users:N0} users from {Path.GetFileName(settings.Users)} (columns: {string.Join(", ", users.Columns)}).");
            if (users.Users == 0)
            {
                Console.Error.WriteLine("warning: the users file holds no user: B2B0008 and B2B0009 will find no one.");
            }

            SnapshotSummary.Write(content, settings.Output, clock.GetUtcNow(), Console.Out);
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"b2brules: cannot write '{settings.Output}': {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
    }
}
