using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Tenants;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules tenant show</c>.</summary>
public sealed class TenantShowSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The tenant snapshot.")]
    public string File { get; init; } = string.Empty;
}

/// <summary><c>b2brules tenant show FILE</c>: tenant, when it was taken, counts, settings and unknown facts; never an address.</summary>
public sealed class TenantShowCommand(TimeProvider clock) : Command<TenantShowSettings>
{
    public override int Execute(CommandContext context, TenantShowSettings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            Console.Error.WriteLine($"b2brules: the tenant snapshot '{settings.File}' does not exist.");
            return ExitCodes.UsageOrConfiguration;
        }

        try
        {
            SnapshotSummary.Write(SnapshotFile.Read(settings.File), settings.File, clock.GetUtcNow(), Console.Out);
            return ExitCodes.Success;
        }
        catch (SnapshotException e)
        {
            Console.Error.WriteLine($"b2brules: the tenant snapshot '{settings.File}' {e.Message}.");
            return ExitCodes.UsageOrConfiguration;
        }
    }
}
