namespace B2BRules.Cli;

/// <summary>
/// What the console is: colours only when the report goes to a terminal and the user has not opted out
/// (https://no-color.org: NO_COLOR set to anything non-empty; TERM=dumb), and progress only on a terminal.
/// </summary>
internal static class ConsoleTerminal
{
    private static bool ColorAllowed =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>Whether text written to standard output (or standard error) may be coloured.</summary>
    public static bool ColorFor(bool standardError) => ColorAllowed && !(standardError ? Console.IsErrorRedirected : Console.IsOutputRedirected);

    /// <summary>Whether a progress line may be drawn on standard error.</summary>
    public static bool CanShowProgress => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
