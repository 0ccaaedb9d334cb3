using System.Globalization;

namespace B2BRules.Bench;

/// <summary>
/// Deterministic directories for the tenant-snapshot benchmark: (users, seed) → the users CSV the Entra admin center's
/// "Download users" writes, with the proxyAddresses column a Graph pull also reads. Heavier than a typical tenant on
/// purpose: every member has a mail different from its UPN and half of them a second SMTP alias, every guest an
/// otherMails entry, so a user is about 2.5 address records (a tenant whose UPN, mail and primary SMTP address agree
/// has one or two). One user in ten is a guest at one of the batch generator's partner domains, so checks find some of them.
/// </summary>
public static class UsersGenerator
{
    private static readonly string[] Partners = ["fabrikam.com", "contoso-partner.co.jp", "litware.de", "adatum.com", "northwind.com", "wingtiptoys.com", "tailspin.io"];
    private static readonly string[] First = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ida", "jon", "kai", "lea", "max", "nia", "oto", "pia"];

    public static void Write(TextWriter output, int users, int seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        var random = new Random(seed);
        output.WriteLine("userPrincipalName,displayName,mail,userType,externalUserState,proxyAddresses,alternateEmailAddress");
        for (var i = 0; i < users; i++)
        {
            var local = string.Create(CultureInfo.InvariantCulture, $"{Pick(random, First)}.{Pick(random, First)}{i}");
            if (random.Next(10) == 0)
            {
                var mail = $"{local}@{Pick(random, Partners)}";
                var state = random.Next(3) == 0 ? "PendingAcceptance" : "Accepted";
                output.WriteLine($"{mail.Replace('@', '_')}#EXT#@contoso.onmicrosoft.com,{local},{mail},Guest,{state},SMTP:{mail},{local}@home.example");
            }
            else
            {
                var upn = $"{local}@contoso.com";
                var aliases = random.Next(2) == 0 ? $"SMTP:{local}@mail.contoso.com" : $"SMTP:{local}@mail.contoso.com;smtp:{local}@contoso.onmicrosoft.com";
                output.WriteLine($"{upn},{local},{local}@mail.contoso.com,Member,,{aliases},");
            }
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
