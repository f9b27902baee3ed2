/** Placeholder until the feature lands: says what this section will hold. */
export function RaciSection() {
  return (
    <section className="empty-state" aria-labelledby="raci-heading">
      <h1 id="raci-heading">RACI</h1>
      <p>Who is Responsible, Accountable, Consulted and Informed, checked live.</p>
    </section>
  );
}
