/** Placeholder until the feature lands: says what this section will hold. */
export function ConflictsSection() {
  return (
    <section className="empty-state" aria-labelledby="conflicts-heading">
      <h1 id="conflicts-heading">Conflicts</h1>
      <p>Accounts two motions hit at once, and who goes silent.</p>
    </section>
  );
}
