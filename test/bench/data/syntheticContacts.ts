/**
 * A synthetic HubSpot contacts export for the contacts benchmark (test/bench/contacts.bench.ts,
 * in Node and in the browser through test/bench/app/contactsHook.ts): `people` rows over
 * `accounts` companies, a third tied by the company's Record ID, a seventh on a free e-mail
 * host, every eleventh unsubscribed.
 */
export function syntheticHubspotContacts(people: number, accounts: number): string {
  const lines = [
    'Record ID,First Name,Last Name,Email,Job Title,Associated Company ID,Company name,Lifecycle Stage,Unsubscribed from all email',
  ];
  for (let i = 0; i < people; i++) {
    const a = i % accounts;
    const company = i % 3 === 0 ? String(900_000 + a) : '';
    const email = i % 7 === 0 ? `p${i}@gmail.com` : `p${i}@account${a}.example`;
    lines.push(
      `${5_000_000 + i},First${i},Last${i},${email},${i % 2 ? 'VP Marketing' : 'Engineer'},${company},Account ${a} GmbH,Lead,${i % 11 === 0}`,
    );
  }
  return lines.join('\n');
}
