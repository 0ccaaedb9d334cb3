using System.ComponentModel;
using System.Text;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules init</c>.</summary>
public sealed class InitSettings : CommandSettings
{
    [CommandOption("--profile <PROFILE>")]
    [Description("The profile to start from: entra (today's service) or preview-2016.")]
    [DefaultValue("entra")]
    public string Profile { get; init; } = "entra";

    [CommandOption("--dir <DIR>")]
    [Description("Where to write rules.yaml and rules.schema.json. Default: the current directory.")]
    public string? Directory { get; init; }

    [CommandOption("--force")]
    [Description("Overwrite existing files.")]
    public bool Force { get; init; }

    public override ValidationResult Validate() => StarterRulesFile.Profiles.Contains(Profile, StringComparer.Ordinal)
        ? ValidationResult.Success()
        : ValidationResult.Error($"--profile '{Profile}' is not one of: {string.Join(", ", StarterRulesFile.Profiles)}.");
}

/// <summary><c>b2brules init</c>: writes a commented starter rules.yaml and the schema beside it; never overwrites without --force.</summary>
public sealed class InitCommand : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(settings.Directory ?? ".");
        var rules = Path.Combine(directory, ConfigurationLoader.DefaultFileName);
        var schema = Path.Combine(directory, StarterRulesFile.SchemaFileName);
        if (!settings.Force && new[] { rules, schema }.FirstOrDefault(File.Exists) is { } existing)
        {
            Console.Error.WriteLine($"b2brules: {Path.GetFileName(existing)} already exists; pass --force to overwrite it.");
            return ExitCodes.UsageOrConfiguration;
        }

        System.IO.Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(rules, StarterRulesFile.Render(settings.Profile), utf8);
        File.WriteAllText(schema, StarterRulesFile.Schema(), utf8);
        Console.WriteLine($"Wrote {ConfigurationLoader.DefaultFileName} (builtin:{settings.Profile}) and {StarterRulesFile.SchemaFileName}. Next: b2brules rules list");
        return ExitCodes.Success;
    }
}
