/** Placeholder until the feature lands: says what this section will hold. */
export function CalendarSection() {
  return (
    <section className="empty-state" aria-labelledby="calendar-heading">
      <h1 id="calendar-heading">Calendar</h1>
      <p>Every campaign and sales sequence on one quarter, with blackouts.</p>
    </section>
  );
}
