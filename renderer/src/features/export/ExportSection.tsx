/** Placeholder until the feature lands: says what this section will hold. */
export function ExportSection() {
  return (
    <section className="empty-state" aria-labelledby="export-heading">
      <h1 id="export-heading">Export</h1>
      <p>CSV files for Salesforce and HubSpot, and the calendar as .ics.</p>
    </section>
  );
}
