using System.Text;
using System.Text.Json;
using B2BRules.Engine.Reporting;
using B2BRules.Engine.Sarif;
using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

/// <summary>A result's message written from a buffer reads exactly as the sentence made of the message string.</summary>
public sealed class SarifMessageTests
{
    private static readonly Location Place = new("batch.csv", 2, 1, 2, 10);

    [Theory]
    [InlineData("'{0}' is at '{1}'")]              // no full stop: one is added
    [InlineData("'{0}' is at '{1}'.")]             // already a sentence
    [InlineData("Is '{0}' at '{1}'?")]
    [InlineData("{0}{1}")]                         // may format to nothing
    public void The_written_text_is_the_messages_sentence(string format)
    {
        var rule = new RuleDescriptor("TEST0001", "Title", format, "Test", Severity.Warning);
        foreach (var (email, domain) in new[] { ("ann@rival.example", "rival.example"), ("", ""), (new string('x', 700), "long.example") })
        {
            var diagnostic = Diagnostic.Create(rule, Place, email, domain);
            Written(diagnostic, ReportOptions.Default).ShouldBe(RuleText.Sentence(diagnostic.Message));
        }
    }

    [Fact]
    public void Redaction_still_applies()
    {
        var rule = new RuleDescriptor("TEST0002", "Title", "'{0}' is invited twice", "Test", Severity.Warning);
        var diagnostic = Diagnostic.Create(rule, Place, "ann@rival.example");
        var options = ReportOptions.Default with { Redact = true };
        Written(diagnostic, options).ShouldBe(options.Text(RuleText.Sentence(diagnostic.Message)));
        Written(diagnostic, options).ShouldNotContain("ann@rival.example");
    }

    private static string Written(Diagnostic diagnostic, ReportOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            SarifMessage.Write(json, SarifJson.Names.Message, diagnostic, options);
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        return document.RootElement.GetProperty("message").GetProperty("text").GetString()!;
    }
}
