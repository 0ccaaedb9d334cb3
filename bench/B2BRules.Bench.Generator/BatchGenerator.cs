using System.Globalization;

namespace B2BRules.Bench;

/// <summary>
/// Deterministic batches for the benchmarks: (rows, seed) → an Entra bulk-invite file with a realistic mix of problems
/// (consumer domains, role and list addresses, invalid and duplicate emails, http redirects, padding, bad sendEmail,
/// quoted messages). Shared by the generator program and the micro-benchmarks.
/// </summary>
public static class BatchGenerator
{
    private static readonly string[] Partners = ["fabrikam.com", "contoso-partner.co.jp", "litware.de", "adatum.com", "northwind.com", "wingtiptoys.com", "tailspin.io"];
    private static readonly string[] Consumer = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "comcast.net"];
    private static readonly string[] Roles = ["info", "sales", "support", "admin", "all-staff"];
    private static readonly string[] First = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ida", "jon", "kai", "lea", "max", "nia", "oto", "pia"];

    public static void Write(TextWriter output, int rows, int seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        var random = new Random(seed);
        output.WriteLine("version:v1.0,,,");
        output.WriteLine("Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]");
        var previous = new List<string>();
        for (var i = 0; i < rows; i++)
        {
            var roll = random.Next(1000);
            var local = string.Create(CultureInfo.InvariantCulture, $"{Pick(random, First)}.{Pick(random, First)}{i}");
            var email = roll switch
            {
                < 50 => $"{local}@{Pick(random, Consumer)}",                                      // 5% consumer domains
                < 70 => random.Next(2) == 0 ? $"{Pick(random, Roles)}@{Pick(random, Partners)}"   // 2% role or list addresses
                    : string.Create(CultureInfo.InvariantCulture, $"dl-team{i}@adatum.com"),
                < 80 => $"{local}+x@{Pick(random, Partners)}",                                    // 1% invalid (+)
                < 90 when previous.Count > 0 => previous[random.Next(previous.Count)].ToUpperInvariant(), // 1% duplicates
                _ => $"{local}@{Pick(random, Partners)}",
            };
            if (previous.Count < 1000)
            {
                previous.Add(email);
            }

            var url = roll is >= 90 and < 100 ? "http://intranet.fabrikam.com" : "https://myapplications.microsoft.com"; // 1% http
            var padded = roll is >= 100 and < 130 ? " " : string.Empty;                                                 // 3% padded
            var send = roll is >= 130 and < 140 ? "yes" : (random.Next(2) == 0 ? "true" : "false");                     // 1% not boolean
            var message = roll is >= 140 and < 150 ? "\"Welcome, partner\"" : "Welcome to the Contoso project";        // 1% quoted
            output.Write(email);
            output.Write(',');
            output.Write(padded);
            output.Write(url);
            output.Write(',');
            output.Write(send);
            output.Write(',');
            output.WriteLine(message);
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
