using System.Text.Json;
using B2BRules.Engine.Baselines;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Reporting;
using B2BRules.Sdk;
using Names = B2BRules.Engine.Sarif.SarifJson.Names;

namespace B2BRules.Engine.Sarif;

/// <summary>
/// Writes SARIF results: level, message, exact region (with the cell as snippet), GitHub's line hash and the
/// content-keyed fingerprint, suppressions, baseline state, certain fixes, and the CSV record and column.
/// </summary>
internal sealed class SarifResultWriter(Utf8JsonWriter json, RuleIndex index, ReportOptions options, bool withBaseline)
{
    private static readonly JsonEncodedText CsvColumn = JsonEncodedText.Encode("csvColumn");
    private static readonly JsonEncodedText CsvRecord = JsonEncodedText.Encode("csvRecord");
    private static readonly JsonEncodedText FingerprintKey = JsonEncodedText.Encode(Fingerprints.Key);
    private static readonly JsonEncodedText FingerprintsName = JsonEncodedText.Encode("fingerprints");
    private static readonly JsonEncodedText PartialFingerprints = JsonEncodedText.Encode("partialFingerprints");
    private static readonly JsonEncodedText PrimaryLocationLineHash = JsonEncodedText.Encode("primaryLocationLineHash");

    /// <param name="uri">The batch's URI, encoded once for all its results.</param>
    public void Write(Finding finding, JsonEncodedText uri, int artifactIndex)
    {
        var d = finding.Diagnostic;
        json.WriteStartObject();
        WriteRule(d.Id);
        json.WriteString(Names.Level, RuleText.Level(d.Severity));
        SarifMessage.Write(json, Names.Message, d, options);
        json.WriteStartArray(Names.Locations);
        json.WriteStartObject();
        var snippet = options.Snippets && finding.CellValue is { } cell ? options.Text(cell) : null;
        SarifJson.WritePhysicalLocation(json, uri, d.Location, snippet, artifactIndex);
        json.WriteEndObject();
        json.WriteEndArray();
        WriteFingerprints(finding);
        if (withBaseline)
        {
            json.WriteString("baselineState", (finding.Baseline ?? BaselineState.New).ToString().ToLowerInvariant());
        }

        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", suppression.Accepted ? "accepted" : "rejected");
            json.WriteString("justification", options.Text(suppression.Justification));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.Fixes.Count > 0)
        {
            WriteFixes(finding.Fixes, uri);
        }

        json.WriteStartObject(Names.Properties);
        if (d.Location.RecordNumber is { } record)
        {
            json.WriteNumber(CsvRecord, record);
        }

        if (d.Location.ColumnKey is { } column)
        {
            json.WriteString(CsvColumn, column);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A baseline result that no longer occurs, with <c>baselineState: absent</c>.</summary>
    public void WriteAbsent(BaselineResult absent, int? artifactIndex, LineHash.Table lineHashes)
    {
        json.WriteStartObject();
        WriteRule(absent.RuleId);
        json.WriteString("level", absent.Level);
        SarifJson.WriteText(json, "message", options.Text(absent.Message));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        var place = new Location(absent.Uri, absent.Line, absent.Column, absent.Line, absent.Column);
        SarifJson.WritePhysicalLocation(json, absent.Uri, place, null, artifactIndex);
        json.WriteEndObject();
        json.WriteEndArray();
        // A line past the end of the changed file takes the last line's hash.
        var lineHash = lineHashes.ValueOf(Math.Min(absent.Line, lineHashes.LineCount));
        WriteFingerprints(absent.Fingerprint, lineHash is { } value ? LineHash.Format(value) : null);
        json.WriteString("baselineState", "absent");
        json.WriteEndObject();
    }

    private void WriteRule(string id)
    {
        var (component, ruleIndex) = index.Find(id);
        if (component < 0)
        {
            json.WriteString("ruleId", id); // a rule of the baseline that this run did not load
            return;
        }

        if (component == 0)
        {
            json.WriteString(Names.RuleId, id);
            json.WriteNumber(Names.RuleIndex, ruleIndex);
            return;
        }

        // A plugin's rule is named through rule {id, index, toolComponent}; the multitool (SARIF2004) rejects a
        // ruleId beside it, and GitHub reads rule.id when ruleId is absent.
        json.WriteStartObject(Names.Rule);
        json.WriteString(Names.Id, id);
        json.WriteNumber(Names.Index, ruleIndex);
        json.WriteStartObject(Names.ToolComponent);
        json.WriteNumber(Names.Index, component - 1);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A finding's fingerprints, formatted on the stack rather than as two strings a result.</summary>
    private void WriteFingerprints(Finding finding)
    {
        Span<char> fingerprint = stackalloc char[Fingerprints.FormattedLength];
        Span<char> lineHash = stackalloc char[LineHash.MaxFormattedLength];
        WriteFingerprints(fingerprint[..finding.FormatFingerprint(fingerprint)], lineHash[..finding.FormatLineHash(lineHash)]);
    }

    /// <param name="fingerprint">The content-keyed fingerprint.</param>
    /// <param name="lineHash">GitHub's line hash; empty when there is none.</param>
    private void WriteFingerprints(ReadOnlySpan<char> fingerprint, ReadOnlySpan<char> lineHash)
    {
        if (!lineHash.IsEmpty)
        {
            json.WriteStartObject(PartialFingerprints);
            json.WriteString(PrimaryLocationLineHash, lineHash);
            json.WriteEndObject();
        }

        json.WriteStartObject(FingerprintsName);
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
    }

    /// <summary>Each fix as SARIF <c>fixes</c>: a cell replacement, or a row deletion from its first line to the start of the next.</summary>
    private void WriteFixes(IReadOnlyList<Sdk.Fixes.InvitationFix> fixes, JsonEncodedText uri)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in fixes)
        {
            json.WriteStartObject();
            SarifJson.WriteText(json, "description", RuleText.Sentence(fix.Title));
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            SarifJson.WriteArtifactLocation(json, uri);
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                var (region, text) = edit switch
                {
                    Sdk.Fixes.ReplaceCell cell => (cell.Cell, BuiltIn.CsvText.Cell(cell.NewValue)),
                    Sdk.Fixes.DeleteRow row => (new Location(row.Record.FilePath, row.Record.StartLine, 1, row.Record.EndLine + 1, 1), string.Empty),
                    _ => (null, string.Empty),
                };
                if (region is null)
                {
                    continue;
                }

                json.WriteStartObject();
                SarifJson.WriteRegion(json, "deletedRegion", region);
                if (text.Length > 0)
                {
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", options.Text(text));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
