using System.ComponentModel;
using B2BRules.Engine.Checking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The option of every verb that reads a rules file.</summary>
public abstract class RulesFileSettings : CommandSettings
{
    [CommandOption("--rules <FILE>")]
    [Description("The rules file. Default: rules.yaml in the current directory, else the builtin:preview-2016 profile.")]
    public string? Rules { get; init; }
}

/// <summary>The inputs and options of every verb that checks batches: check, apply, fix, baseline create and prune.</summary>
public abstract class BatchSettings : RulesFileSettings
{
    [CommandArgument(0, "[INPUTS]")]
    [Description("CSV batches: files, directories (every *.csv below, in sorted order) or globs.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--source-root <DIR>")]
    [Description("Report paths relative to this folder. Default: the git work tree's top, else the current directory.")]
    public string? SourceRoot { get; init; }

    [CommandOption("--suppressions <FILE>")]
    [Description("The suppressions file. Default: b2brules.suppressions.yaml in the current directory, if present. Suppressed findings never count.")]
    public string? Suppressions { get; init; }

    /// <summary>What to say when no batch is named, in the verb's words.</summary>
    protected abstract string NoInputs { get; }

    public override ValidationResult Validate() => Inputs.Length == 0 ? ValidationResult.Error(NoInputs) : ValidationResult.Success();
}

/// <summary>The options of the verbs that judge batches for the service and gate on the result: check and apply.</summary>
public abstract class JudgingSettings : BatchSettings
{
    [CommandOption("--fail-on <LEVEL>")]
    [Description("Exit 1 when findings at or above this level exist: error, warning or never.")]
    [DefaultValue("error")]
    public string FailOn { get; init; } = "error";

    [CommandOption("--tenant <FILE>")]
    [Description("A tenant snapshot (b2brules tenant pull or import), overriding tenant: in the rules file: the directory rules judge the batch against it.")]
    public string? Tenant { get; init; }

    [CommandOption("--inviter-role <ROLE>")]
    [Description("The inviter's directory role (e.g. UserAdministrator), overriding policy.inviter.role for B2B0005.")]
    public string? InviterRole { get; init; }

    [CommandOption("--inviter-type <TYPE>")]
    [Description("The inviter's user type, member or guest, overriding policy.inviter.userType (B2B0005 on the graph route).")]
    public string? InviterType { get; init; }

    /// <summary>The parsed <c>--fail-on</c> (valid once <see cref="Validate"/> passed).</summary>
    public FailOn FailOnLevel => ParseFailOn(FailOn) ?? Engine.Checking.FailOn.Error;

    public override ValidationResult Validate()
    {
        var inputs = base.Validate();
        if (!inputs.Successful)
        {
            return inputs;
        }

        if (ParseFailOn(FailOn) is null)
        {
            return ValidationResult.Error($"--fail-on '{FailOn}' is not one of: error, warning, never.");
        }

        return InviterType is not null && InviterType.ToLowerInvariant() is not ("member" or "guest")
            ? ValidationResult.Error($"--inviter-type '{InviterType}' is not one of: member, guest.")
            : ValidationResult.Success();
    }

    internal static FailOn? ParseFailOn(string text) => text.ToLowerInvariant() switch
    {
        "error" => Engine.Checking.FailOn.Error,
        "warning" => Engine.Checking.FailOn.Warning,
        "never" => Engine.Checking.FailOn.Never,
        _ => null,
    };
}
