using B2BRules.Engine.Checking;

namespace B2BRules.Cli;

/// <summary>
/// Keeps the exit codes documented (docs/ci.md): a command-line mistake is 2, never Spectre's -1, and a crash of the
/// tool itself is 3.
/// </summary>
internal static class ExitCodeGuard
{
    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            var code = await run();
            return code < 0 ? ExitCodes.UsageOrConfiguration : code;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"b2brules: internal error: {e}");
            return ExitCodes.ToolFailure;
        }
    }
}
