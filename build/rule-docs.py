#!/usr/bin/env python3
"""Writes docs/rules/<ID>.md from the table below (run from the repository root; review the output)."""
import os
R = {
"B2B0001": ("Invitee uses a consumer email domain", "Error (preview-2016), warning (entra)", "B2BRules.Plugins.ConsumerDomains",
  "The invitee's address is at a consumer mailbox provider such as gmail.com, hotmail.com or comcast.net.",
  "The 2016 preview could not invite consumer addresses. Today they redeem by one-time passcode, which many tenants still forbid. The shipped list is the ISC-licensed freemail list; `options.additionalDomains` adds domains and `options.exceptDomains` removes them (subdomains match too).",
  "Invite the partner's work address, or add the domain to `exceptDomains` if your tenant allows consumer accounts.",
  "walter.harp@gmail.com,https://myapplications.microsoft.com,true,", "walter.harp@fabrikam.com,https://myapplications.microsoft.com,true,"),
"B2B0002": ("Invitee address is a distribution list or role mailbox", "Error (preview-2016), warning (entra)", "B2BRules.Plugins.DistributionLists",
  "The address's user name is a role name (info, sales, all-staff…), starts with a list prefix such as `dl-`, or is listed in `options.knownLists`.",
  "Distribution lists cannot be invited, and a guest for a shared mailbox has no accountable person. Options: `knownLists`, `additionalLocalParts`, `exceptLocalParts`, `prefixes`.",
  "Invite the individual people on the list.", "info@northwind.com,https://myapplications.microsoft.com,true,", "ana.silva@northwind.com,https://myapplications.microsoft.com,true,"),
"B2B0003": ("Batch has more invitee rows than one upload allows", "Error (preview-2016), warning (entra)", "B2BRules.Plugins.RowLimit",
  "The batch has more invitee rows than `policy.maxRows` (default 2,000).",
  "The 2016 preview accepted at most 2,000 records per upload; today's bulk jobs should finish within the hour. One finding per batch, on the first row over the limit.",
  "Split the batch into files of at most `policy.maxRows` rows.", "(row 2,001 of a 2,500-row batch)", "(two batches of 1,250 rows)"),
"B2B0004": ("MFA cannot be granted to this external user", "Warning (preview-2016), note (entra)", "B2BRules.Plugins.Mfa",
  "`policy.mfa.required` is true and the invitee's domain is not in `policy.mfa.trustedPartners`.",
  "B2B collaboration cannot grant MFA to external users; only partners whose MFA claims the tenant trusts (cross-tenant access settings) are covered.",
  "Trust the partner's MFA claims and list its domain in `policy.mfa.trustedPartners`, or plan MFA registration in your tenant.", "ann@contoso.com (mfa required, trusted: fabrikam.com)", "ann@fabrikam.com"),
"B2B0005": ("Inviter's role may not upload invitation batches", "Error", "B2BRules.Plugins.Governance",
  "`policy.inviter.role` (or `--inviter-role`) names a role not in `policy.uploadRoles`.",
  "Only Global Administrators could upload in the preview; today at least User Administrator or Guest Inviter. Roles are PascalCase names or role template IDs. Batch-scoped: reported on the header line.",
  "Have someone with an allowed role upload the batch, or correct `policy.uploadRoles`.", "inviter: { role: GuestInviter } with builtin:preview-2016", "inviter: { role: GuestInviter } with builtin:entra"),
"B2B0006": ("Invitee is assigned an on-premises application", "Warning (preview-2016), off (entra)", "B2BRules.Plugins.Governance",
  "An application ID in the row's app columns (`appId`, `appResources`) is listed in `policy.onPremisesApps`.",
  "External access to on-premises applications was untested in the preview; today it needs Application Proxy, and Kerberos apps need shadow accounts.",
  "Confirm the application is published for external users, or assign a cloud application.", "...,cd3ed3de-93ee-400b-8b19-b61ef44a0f29,...", "...,(a cloud app ID),..."),
"B2B0007": ("No automatic clean-up is configured for these guests", "Note", "B2BRules.Plugins.Governance",
  "`policy.guestLifecycle.accessReviews` is not true.",
  "External users are not removed when their home account is deleted. Batch-scoped: reported once, on the header line.",
  "Configure access reviews for guests and set `policy.guestLifecycle.accessReviews: true`.", "guestLifecycle: { accessReviews: false }", "guestLifecycle: { accessReviews: true }"),
"B2B0100": ("CSV record is malformed", "Error", "the engine",
  "A record has a stray quote, text after a closing quote, or a quoted cell that is never closed.",
  "Broken quoting shifts every following cell. The record is reported and no other rule is checked on it; it is never repaired silently.",
  "Quote cells that contain commas, quotes or line breaks, and double quotes inside them.", 'ann@fabrikam.com,https://a.example,true,Say "hi"', 'ann@fabrikam.com,https://a.example,true,"Say ""hi"""'),
"B2B0101": ("Batch format or header not recognised", "Error", "the engine",
  "The header is neither the Entra template (a `version:v1.0` line, then bracketed property names) nor a 2015/2016 preview header; or the version line is missing or unknown.",
  "The first two rows of the template must not be removed or modified. Translated labels are fine: columns are keyed on the bracketed names.",
  "Download the template again and paste your rows below its headings.", "Mail,Name", "version:v1.0,,,\\nEmail address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,..."),
"B2B0102": ("Required column is missing", "Error", "the engine",
  "The header lacks a column the format requires.",
  "Entra: inviteeEmail and inviteRedirectURL. 2015 preview: Email, DisplayName, InviteContactUsUrl. 2016 preview: Email, DisplayName.",
  "Add the column back from the template.", "version:v1.0\\nEmail [inviteeEmail] Required", "version:v1.0\\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required"),
"B2B0103": ("Column is unknown or duplicated", "Warning", "the engine",
  "A header cell names no column of the format, or names one twice.",
  "The portal ignores added columns and rejects duplicate ones ('Unknown CSV header found … Please remove duplicate columns').",
  "Remove the extra or duplicate column.", "...,Name of invitee [inviteeName]", "(column removed)"),
"B2B0104": ("Record has the wrong number of fields", "Error", "the engine",
  "A record has more or fewer fields than the header.",
  "Usually an unquoted comma in the customised message; the cells would land in the wrong columns, so no rule is checked on the record.",
  "Quote the cell that holds the comma, or restore the missing cells.", "ann@fabrikam.com,https://a.example,true,Hello, Ann", 'ann@fabrikam.com,https://a.example,true,"Hello, Ann"'),
"B2B0105": ("Invitee email address is not valid", "Error", "the engine",
  "The email cell is empty or not an address Microsoft Graph accepts.",
  "Graph refuses `~ ! # $ % ^ & * ( ) + = [ ] { } \\ / | ; : \" < > ? ,` and a period or hyphen at either end of the user name.",
  "Correct the address.", "sam+test@fabrikam.com", "sam.test@fabrikam.com"),
"B2B0106": ("Invitee appears more than once", "Error", "the engine",
  "The same address appears in an earlier row (compared trimmed and without case).",
  "A second invitation to the same person fails or confuses the invitee.", "Remove the later row.", "ANN@fabrikam.com (after ann@fabrikam.com)", "(one row per person)"),
"B2B0107": ("Redirect URL is not an absolute https URL", "Error (warning for http in the 2016 formats)", "the engine",
  "The redirect URL is empty (Entra template), relative, not a web address, or uses http.",
  "The guest lands there after redeeming. The Entra template requires it; the preview formats allow it empty.",
  "Use an absolute https URL such as https://myapplications.microsoft.com.", "http://intranet.contoso.com", "https://myapplications.microsoft.com"),
"B2B0108": ("Template example row left in", "Error", "the engine",
  "A row starts with `Example:`.", "The template's example row must be removed before upload.", "Delete the row.",
  "Example: lstokes@fabrikam.com, https://myapplications.microsoft.com, TRUE, Welcome", "(row deleted)"),
"B2B0109": ("Value has leading or trailing whitespace", "Warning", "the engine",
  "A cell starts or ends with whitespace.", "The upload keeps it, which can break addresses and URLs; the downloaded template itself has ` TRUE`.",
  "Trim the cell.", "ann@fabrikam.com, https://myapplications.microsoft.com, TRUE,", "ann@fabrikam.com,https://myapplications.microsoft.com,TRUE,"),
"B2B0110": ("sendEmail is not true or false", "Error", "the engine",
  "The sendEmail cell holds something other than true or false (any case); empty means the default.",
  "Other words fail the row.", "Write true or false.", "...,yes,...", "...,true,..."),
"B2B0111": ("Text is not valid UTF-8", "Error", "the engine",
  "A cell holds bytes that are not valid UTF-8 (a file saved in a legacy code page).",
  "The bytes are read as U+FFFD and names are garbled in the tenant.", "Save the file as UTF-8 (with or without BOM).", "Díaz saved as Windows-1252", "Díaz saved as UTF-8"),
"B2B0112": ("Row is blank", "Warning", "the engine",
  "A row is empty or holds only empty cells.", "Blank rows invite nobody and count as failures.", "Delete the row.", ",,,", "(row deleted)"),
"B2B0113": ("Cell starts with a spreadsheet formula character", "Warning", "the engine",
  "A cell starts with `=`, `+`, `-`, `@`, tab or carriage return.",
  "Opened in a spreadsheet, the cell runs as a formula (CSV injection) and a round-trip changes it.",
  "Remove the leading character or rephrase the text.", '"=HYPERLINK(""https://evil.example"")"', "See https://contoso.com/welcome"),
"B2B0114": ("Email domain has upper-case letters", "Note", "the engine",
  "The domain part of the address has upper-case letters.",
  "Domain names are case-insensitive, so the invitation works, but mixed-case copies of one domain defeat exact matching in scripts, spreadsheets and allow lists.",
  "Lower-case the domain (b2brules fix does it; the SARIF log carries the same fix).", "ann@Fabrikam.COM", "ann@fabrikam.com"),
}
for rid, (title, sev, owner, cause, desc, fix, bad, good) in R.items():
    text = f"""# {rid}: {title}

| | |
|---|---|
| Default severity | {sev} |
| Reported by | {owner} |

## Cause
{cause}

## Rule description
{desc}

## How to fix
{fix}

## How to suppress
Change its severity in `rules.yaml`, for all batches or for some files:

```yaml
rules:
  {rid}: off          # or note / warning / error
overrides:
  - files: ["legacy/**/*.csv"]
    rules: {{ {rid}: off }}
```

## Examples
Reported:

```
{bad}
```

Not reported:

```
{good}
```
"""
    with open(os.path.join("docs", "rules", rid + ".md"), "w", encoding="utf-8") as f:
        f.write(text)
