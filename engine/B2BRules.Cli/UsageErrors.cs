using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using Spectre.Console.Cli;

namespace B2BRules.Cli;

/// <summary>
/// The one place where an exception escaping a command becomes an exit code and a line on stderr (docs/ci.md): a
/// command-line mistake, input a service cannot use (<see cref="UsageException"/>) or a bad rules file
/// (<see cref="ConfigurationException"/>, with its place) is 2; anything else is a failure of the tool itself, 3.
/// Commands let these exceptions go rather than each catching them.
/// </summary>
internal static class UsageErrors
{
    public static int Handle(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case CommandParseException or CommandRuntimeException or UsageException:
                error.WriteLine($"b2brules: {exception.Message}");
                return ExitCodes.UsageOrConfiguration;
            case ConfigurationException configuration:
                error.WriteLine(configuration.Describe());
                return ExitCodes.UsageOrConfiguration;
            default:
                error.WriteLine($"b2brules: internal error: {exception}");
                return ExitCodes.ToolFailure;
        }
    }
}
