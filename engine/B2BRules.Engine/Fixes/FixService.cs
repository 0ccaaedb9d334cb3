using System.Globalization;
using System.Text;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Input;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Fixes;

/// <summary>What <c>b2brules fix</c> did to one batch.</summary>
/// <param name="Batch">The batch, as reported.</param>
/// <param name="Applied">Each fix applied, with its finding.</param>
/// <param name="Files">The files written.</param>
/// <param name="Failures">Fix providers that threw (B2B9001): their fixes were not applied.</param>
public sealed record FixOutcome(string Batch, IReadOnlyList<(Diagnostic Finding, InvitationFix Fix)> Applied, IReadOnlyList<string> Files, IReadOnlyList<ToolNotification> Failures);

/// <summary>
/// <c>b2brules fix</c>: checks the batches, asks the fix providers for certain fixes, and writes the fixed batch to
/// <c>&lt;batch&gt;.fixed.csv</c> (or in place with <c>--in-place</c>, keeping <c>&lt;batch&gt;.csv.bak</c>). Edits are made
/// on the text, so every record that is not fixed stays byte for byte as it was. A split writes <c>&lt;batch&gt;.part-NNN.csv</c>.
/// </summary>
public sealed class FixService(CheckService checkService)
{
    public IReadOnlyList<FixOutcome> Fix(CheckRequest request, string? outputDirectory, bool inPlace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = checkService.Run(request, cancellationToken: cancellationToken);
        if (report.Stopped)
        {
            throw new UsageException(string.Join("; ", report.AllNotifications.Select(n => n.Message)));
        }

        var policy = report.RunSettings?.Policy ?? Policy.Default;
        return [.. report.Batches.Select(batch => FixBatch(batch, report.Catalog.Fixes, policy, outputDirectory, inPlace))];
    }

    private static FixOutcome FixBatch(BatchResult batch, FixCatalog fixes, Policy policy, string? outputDirectory, bool inPlace)
    {
        var bytes = File.ReadAllBytes(batch.FullPath);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = new UTF8Encoding(false).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        var result = BatchFixer.Fix(text, batch.FilePath, batch.Findings.Where(f => !f.IsSuppressed).Select(f => f.Diagnostic), fixes, policy);
        var directory = outputDirectory ?? Path.GetDirectoryName(batch.FullPath)!;
        Directory.CreateDirectory(directory);
        var name = Path.GetFileNameWithoutExtension(batch.FullPath);
        var files = new List<string>();
        var encoding = new UTF8Encoding(hasBom);
        if (inPlace)
        {
            File.Copy(batch.FullPath, batch.FullPath + ".bak", overwrite: true);
            File.WriteAllText(batch.FullPath, result.Text, encoding);
            files.Add(batch.FullPath);
        }
        else
        {
            var target = Path.Combine(directory, name + ".fixed.csv");
            File.WriteAllText(target, result.Text, encoding);
            files.Add(target);
        }

        if (result.Applied.SelectMany(a => a.Fix.Edits).OfType<SplitBatch>().FirstOrDefault() is { } split)
        {
            files.AddRange(Split(result.Text, policy, split.MaxRows, directory, name, encoding));
        }

        return new FixOutcome(batch.FilePath, result.Applied, files, result.Failures);
    }

    /// <summary>Writes the fixed batch as parts of at most <paramref name="maxRows"/> records, each with the batch's header lines.</summary>
    private static IEnumerable<string> Split(string text, Policy policy, int maxRows, string directory, string name, Encoding encoding)
    {
        var lines = TextEdits.Lines(text);
        List<InvitationRow> rows;
        int headerLines;
        using (var reader = new CsvBatchReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, _ => { }))
        {
            var batch = reader.ReadHeader(policy);
            if (batch is null)
            {
                yield break;
            }

            headerLines = batch.Location.EndLine;
            rows = [.. reader.ReadRows()];
        }

        var header = string.Concat(lines.Take(headerLines));
        for (var part = 0; part * maxRows < rows.Count; part++)
        {
            var first = rows[part * maxRows].LineNumber;
            var next = (part + 1) * maxRows < rows.Count ? rows[(part + 1) * maxRows].LineNumber : lines.Count + 1;
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{name}.part-{part + 1:000}.csv"));
            var body = string.Concat(lines.Skip(first - 1).Take(next - first));
            File.WriteAllText(path, header + body, encoding);
            yield return path;
        }
    }
}
