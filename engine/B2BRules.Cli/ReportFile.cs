namespace B2BRules.Cli;

/// <summary>Opens a report file for writing, replacing one that exists.</summary>
internal static class ReportFile
{
    /// <remarks>
    /// .NET's <see cref="FileMode.Create"/> opens the file and then truncates it to nothing, even a file it has just
    /// made. On ext4 a file truncated to nothing and written again is flushed to disk when it is closed (the
    /// <c>auto_da_alloc</c> safeguard for programs that rewrite files in place), so closing a 476 MB SARIF log took a
    /// quarter of a second. A new file is therefore made with <see cref="FileMode.CreateNew"/>, which never truncates;
    /// an existing one is replaced as before.
    /// </remarks>
    public static FileStream Create(string path)
    {
        try
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.Create(path);
        }
    }
}
