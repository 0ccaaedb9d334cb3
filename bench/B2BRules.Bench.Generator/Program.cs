using System.Globalization;
using System.Text;

// Deterministic batch generator: (rows, seed) → an Entra bulk-invite file with a realistic mix of problems.
// Usage: generator ROWS SEED OUTPUT.csv
if (args.Length != 3 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var rows) || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: generator ROWS SEED OUTPUT.csv");
    return 2;
}

var random = new Random(seed);
string[] partners = ["fabrikam.com", "contoso-partner.co.jp", "litware.de", "adatum.com", "northwind.com", "wingtiptoys.com", "tailspin.io"];
string[] consumer = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "comcast.net"];
string[] roles = ["info", "sales", "support", "admin", "all-staff"];
string[] first = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ida", "jon", "kai", "lea", "max", "nia", "oto", "pia"];
using var output = new StreamWriter(args[2], false, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
output.WriteLine("version:v1.0,,,");
output.WriteLine("Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]");
var previous = new List<string>();
for (var i = 0; i < rows; i++)
{
    var roll = random.Next(1000);
    var local = $"{first[random.Next(first.Length)]}.{first[random.Next(first.Length)]}{i}";
    var email = roll switch
    {
        < 50 => $"{local}@{consumer[random.Next(consumer.Length)]}",          // 5% consumer domains
        < 70 => random.Next(2) == 0 ? $"{roles[random.Next(roles.Length)]}@{partners[random.Next(partners.Length)]}" : $"dl-team{i}@adatum.com", // 2% role/list
        < 80 => $"{local}+x@{partners[random.Next(partners.Length)]}",           // 1% invalid (+)
        < 90 when previous.Count > 0 => previous[random.Next(previous.Count)].ToUpperInvariant(), // 1% duplicates
        _ => $"{local}@{partners[random.Next(partners.Length)]}",
    };
    if (previous.Count < 1000)
    {
        previous.Add(email);
    }

    var url = roll is >= 90 and < 100 ? "http://intranet.fabrikam.com" : "https://myapplications.microsoft.com";
    var padded = roll is >= 100 and < 130 ? " " : string.Empty;                 // 3% padded
    var send = roll is >= 130 and < 140 ? "yes" : (random.Next(2) == 0 ? "true" : "false");
    var message = roll is >= 140 and < 150 ? "\"Welcome, partner\"" : "Welcome to the Contoso project";
    output.Write(email);
    output.Write(',');
    output.Write(padded);
    output.Write(url);
    output.Write(',');
    output.Write(send);
    output.Write(',');
    output.WriteLine(message);
}

return 0;
