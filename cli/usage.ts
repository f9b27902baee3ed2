/** The --help texts: one per command and an overview; the README repeats them with examples. */
import { DEFAULT_NEW_ACCOUNT_STATUS } from '../shared/accounts/importPipeline';

const COMMON = `Every command also takes:
  --json    print a machine-readable summary on stdout
  --help    print this help
Exit codes: 0 success, 1 bad usage, 2 a file that cannot be used (then no file is changed).`;

export const COMMAND_HELP: Record<string, string> = {
  'import-accounts': `abm-workbench import-accounts FILE.csv... --workspace WS.json [options]

Imports Salesforce or HubSpot account exports (or any CSV with recognizable headers) with the
app's mapping, normalization and dedupe. Creates WS.json when it does not exist.
  --workspace WS.json        the workspace file to create or update (required)
  --policy fill-empty|overwrite|skip
                             how a matched account takes the file's values (default fill-empty)
  --status candidate|target  status of new accounts when the file has none (default ${DEFAULT_NEW_ACCOUNT_STATUS})
  --encoding NAME            read the files in this encoding (windows-1251, shift_jis, …)
                             instead of the detected one
  --empty-values "n/a,-"     values that mean "no value" in number columns (Employees, Annual
                             revenue, Intent score); without it they are rejected like any
                             bad number
  --skip-bad-rows            import the good rows even when some are rejected (still reported)
  --keep-crm-duplicates      keep records of one CRM that share a domain (different ids) as
                             separate accounts; by default they merge into one account that
                             keeps one id and lists the others (crmDuplicates in --json)`,
  'import-motions': `abm-workbench import-motions FILE.csv --workspace WS.json [options]

Imports motions from a Salesforce campaign export or the workbench's motion CSV into WS.json.
  --workspace WS.json   the workspace file to update (required; must exist)
  --date-order dmy|mdy  how to read dates like 03/02/2027 (3 February or March 2) in a column
                        whose values do not show it; default: the workspace's date-order
                        setting, else the import stops and names the column
  --encoding NAME       read the file in this encoding instead of the detected one
  --skip-bad-rows       import the good rows even when some are rejected (still reported)`,
  'import-owners': `abm-workbench import-owners USERS.csv --workspace WS.json

Loads the owner directory from a Salesforce users report (Full Name or First/Last Name,
Email, User ID) or a HubSpot users export (First Name, Last Name, Email, Owner ID), and
fills the owner e-mail of every account whose owner it then knows. The CRM exports assign
owners through the directory.
  --workspace WS.json   the workspace file to update (required; must exist)`,
  'import-results': `abm-workbench import-results FILE.csv... --workspace WS.json [options]

Imports the quarter's results for the quarterly review: Salesforce opportunities reports
(Opportunity ID, Account ID and/or Account Name, Amount, Stage, Close Date, Created Date, Type,
Lead Source, Primary Campaign Source) and HubSpot deals exports (Record ID, Deal Name, Amount,
Deal Stage, Close Date, Create Date, the associated company's ID, name or domain). Each
opportunity is matched to an account by CRM id, then domain, then exact name; unmatched ones
are imported and listed. A bad cell stops the import and nothing is written.
  --workspace WS.json   the workspace file to update (required; must exist)
  --date-order dmy|mdy  how to read dates like 03/02/2027 in a column whose values do not
                        show it; default: the workspace's date-order setting, else the
                        import stops and names the column
  --encoding NAME       read the files in this encoding instead of the detected one`,
  'import-contacts': `abm-workbench import-contacts FILE.csv... --workspace WS.json [options]

Imports contacts and leads: Salesforce contact or lead reports and Data Loader files (Contact
ID / Lead ID / Id, First Name, Last Name, Email, Title, Account ID or Company, Lead Status,
Email Opt Out, Do Not Call) and HubSpot contacts exports (Record ID, First Name, Last Name,
Email, Job Title, Associated Company ID, Company name, Lifecycle Stage, Unsubscribed from all
email). The same person in several files is one: by CRM ID, then by e-mail (without case).
  --workspace WS.json   the workspace file to update (required; must exist)
  --encoding NAME       read the files in this encoding instead of the detected one
  --skip-bad-rows       import the good rows even when some are rejected (still reported)`,
  conflicts: `abm-workbench conflicts --workspace WS.json [--format text|json|csv] [--mode crm|excel]

Detects duplicate outreach (rules 1–7) and prints each conflict: rule, severity, motions,
account, first and last day. --format json (or --json) prints JSON, csv prints a CSV.`,
  plan: `abm-workbench plan --workspace WS.json [--apply] [--moves shift,exclude,primary,…] [options]

Proposes changes that clear every block conflict (and as many warns as it can) while changing
the plan as little as it can, and prints them grouped by motion with their reasons, the
conflict counts before → after, and what cannot be cleared and why. Dates move by whole weeks
inside each motion's fiscal quarter; a motion keeps at least 90% of its audience; dates of a
motion in progress or completed never move; budgets, blackouts and settings never change.
  --moves LIST   the moves allowed: shift, exclude, primary (set a primary team where none
                 is set; the side whose motion started first keeps the account), reassign
                 (change one the user set), stagger (a later wave of a motion for the
                 accounts another motion holds), handover (a motion ends on an account
                 the day before the other side's starts); default all but reassign
  --primary-rule first-started|owner|tier
                 which side keeps an account when the planner sets its primary team: the
                 side whose motion started first (default), the side whose motion the
                 account's owner runs (else sales), or by tier (sales owns Tier 1)
  --minimum-audience PCT
                 the share of its audience every motion keeps (default 90)
  --today YYYY-MM-DD
                 the planning day (default: today's date): no date is proposed before it,
                 and a motion that started before it keeps its dates
  --apply        write the changed workspace (only when every block conflict is cleared)
Exit 3 when block conflicts remain: they are listed and explained, and nothing is written.`,
  export: `abm-workbench export --workspace WS.json --profile NAME --out FILE [options]

Writes an export profile: salesforce-accounts, salesforce-campaigns, hubspot-companies,
salesforce-duplicates, hubspot-duplicates, audience-membership, salesforce-campaign-members,
hubspot-contact-list, leads-on-tal, conflicts, raci, operating-agreement, calendar (.ics), or a
generic profile saved in the app.
A profile that writes several files (Salesforce update/new, parts below 50,000 rows) names
them FILE-<part>.csv.
  --mode crm|excel   crm: UTF-8, no BOM, values as they are (default);
                     excel: BOM, formula-looking cells neutralized
  --grid NAME        the RACI grid (profile raci)
  --motion NAME      one motion (salesforce-campaign-members, hubspot-contact-list);
                     default: every motion not aborted, a file each
  --skip-bad-rows    leave out rows that fail validation instead of writing nothing`,
  raci: `abm-workbench raci --workspace WS.json --grid NAME [--format csv] [--mode crm|excel] [--out FILE]

Prints one RACI grid as CSV (or writes it to FILE), in the format the app's RACI import reads.`,
  qbr: `abm-workbench qbr --workspace WS.json --quarter FY2027-Q1 --out pack.html [options]

Writes the QBR pack for a quarter as one self-contained HTML file (inline CSS and SVG, no
external reference; print it for 16:9 pages). The quarter is the one the meeting plans, as
the app writes fiscal quarters (FY2027 Q1 or FY2027-Q1); the results reviewed are those of
the quarter before it.
  --sections LIST        the sections, in order (default all): title, results, tal-changes,
                         calendar, conflicts, raci, agreement, budget
  --calendar month|quarter
                         one calendar page per month (default) or one for the quarter`,
  merge: `abm-workbench merge --workspace MINE.json --theirs THEIRS.json [--prefer mine|theirs]

Merges a colleague's copy of the workspace into MINE, record by record and field by field: a
field changed on one side only takes that side; a field both changed since the copies
diverged, or a record one deleted while the other edited it, is a conflict. Prints what each
table gets (added, changed, removed) and the conflicts, then writes MINE. THEIRS is only read.
  --workspace MINE.json   your workspace file (required; written)
  --theirs THEIRS.json    the colleague's workspace file (required; read only)
  --prefer mine|theirs    who wins the conflicts; without it a merge with conflicts exits 3
                          and writes nothing
Exit code 3: conflicts need a decision (listed; nothing written).`,
};

export function commandHelp(command: string): string {
  return `${COMMAND_HELP[command] ?? ''}\n\n${COMMON}\n`;
}

export function overviewHelp(): string {
  const firstLines = Object.values(COMMAND_HELP).map((text) => `  ${text.split('\n')[0]}`);
  return `ABM Workbench command line: works on workspace files (the app's backup format).

Commands:
${firstLines.join('\n')}

Run "abm-workbench COMMAND --help" for a command's options.
${COMMON}
`;
}
