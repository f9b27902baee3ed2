/** Placeholder until the feature lands: says what this section will hold. */
export function AccountsSection() {
  return (
    <section className="empty-state" aria-labelledby="accounts-heading">
      <h1 id="accounts-heading">Accounts</h1>
      <p>
        Your target account list: import Salesforce and HubSpot exports, dedupe, score against the
        ICP, tier and assign owners.
      </p>
    </section>
  );
}
