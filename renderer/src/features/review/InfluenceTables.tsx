/**
 * Per motion, the accounts it touched and the pipeline it influenced, split by the credit
 * model; the quarter's pipeline by credit, with the model stated in words; and the
 * opportunities that matched no account.
 */
import { CREDITS, CREDIT_LABELS, type QuarterReview } from '../../../../shared/results';
import { formatDateRange } from '../../../../shared/dates/parseUserDate';
import { count, money } from './format';

export function CreditTable({ review }: { review: QuarterReview }) {
  return (
    <>
      <p className="review-muted">
        Credit model: an opportunity whose account both teams engaged gets co-credit; else an
        inbound lead (lead source Web, Webinar, Trade Show, …) or a marketing motion alone credits
        marketing; an outbound lead (Cold Call, Prospecting, …) or a sales motion alone credits
        sales. A motion engaged the account when it had it in its audience and the opportunity was
        created during the motion or within {review.influenceWindowDays} days after it.
      </p>
      <table className="review-table" aria-label="Pipeline created by credit">
        <thead>
          <tr>
            <th scope="col">Credit</th>
            <th scope="col">Opportunities</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {CREDITS.map((c) => (
            <tr key={c}>
              <th scope="row">{CREDIT_LABELS[c]}</th>
              <td>{count(review.credit[c].count)}</td>
              <td>{money(review.credit[c].amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function MotionsTable({ review }: { review: QuarterReview }) {
  if (review.motions.length === 0) return <p>No motion ran in this quarter.</p>;
  return (
    <table className="review-table" aria-label="Pipeline influenced per motion">
      <thead>
        <tr>
          <th scope="col">Motion</th>
          <th scope="col">Team</th>
          <th scope="col">Dates</th>
          <th scope="col">Accounts touched</th>
          <th scope="col">Influenced (count · amount)</th>
          <th scope="col">Of it won</th>
          <th scope="col">Marketing · Sales · Co-credit</th>
        </tr>
      </thead>
      <tbody>
        {review.motions.map((m) => (
          <tr key={m.motionId}>
            <th scope="row">{m.name}</th>
            <td>{m.team}</td>
            <td>{formatDateRange(m.start, m.end)}</td>
            <td>{count(m.accountsTouched)}</td>
            <td>
              {count(m.influenced.count)} · {money(m.influenced.amount)}
            </td>
            <td>{money(m.influencedWon.amount)}</td>
            <td>
              {money(m.byCredit.marketing.amount)} · {money(m.byCredit.sales.amount)} ·{' '}
              {money(m.byCredit['co-credit'].amount)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const UNMATCHED_SHOWN = 100;

export function UnmatchedList({ review }: { review: QuarterReview }) {
  const list = review.unmatched;
  if (list.length === 0) return <p>Every opportunity matched an account.</p>;
  return (
    <>
      <p>
        {count(list.length)} opportunit{list.length === 1 ? 'y matches' : 'ies match'} no account
        (counted in the headline, in no breakdown). Import the accounts, or fix the account in the
        CRM, and they match on the next look.
      </p>
      <table className="review-table" aria-label="Opportunities with no account">
        <thead>
          <tr>
            <th scope="col">Opportunity</th>
            <th scope="col">Account in the file</th>
            <th scope="col">Amount</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {list.slice(0, UNMATCHED_SHOWN).map((u) => (
            <tr key={u.opportunity.id}>
              <th scope="row">{u.opportunity.name || u.opportunity.crmId}</th>
              <td>
                {u.opportunity.accountName ||
                  u.opportunity.accountCrmId ||
                  u.opportunity.accountDomain}
              </td>
              <td>{money(u.opportunity.amount ?? 0)}</td>
              <td>{u.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length > UNMATCHED_SHOWN && <p>…and {count(list.length - UNMATCHED_SHOWN)} more.</p>}
    </>
  );
}
