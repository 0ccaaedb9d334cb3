using System.Text.Json;

namespace B2BRules.Engine.Reporting;

/// <summary>Writing large JSON reports as streams.</summary>
internal static class JsonStreaming
{
    private const int FlushThreshold = 1 << 16;

    /// <summary>
    /// Utf8JsonWriter keeps everything until flushed: hand what is pending to the stream once it passes 64 KB, so a
    /// million-finding report streams instead of growing the process by its own size.
    /// </summary>
    public static void FlushWhenLarge(this Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }
}
