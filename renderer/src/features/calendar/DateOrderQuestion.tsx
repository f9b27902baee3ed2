/**
 * Asked once per file in the motion import when a date column cannot show its order
 * (every value like 03/02/2027 reads both ways) and no setting decides: day first or month
 * first, for the whole column. The system locale's order is offered first; nothing is
 * guessed before the person answers.
 */
import { describeAs, localeDateOrder, type DateOrder } from '../../../../shared/dates/dateOrder';
import type { DateOrderQuestion as Question } from '../../../../shared/motions/motionDates';

const ORDER_NAME: Record<DateOrder, string> = { dmy: 'Day first', mdy: 'Month first' };

export function DateOrderQuestion(props: {
  question: Question;
  answer: DateOrder | null;
  onAnswer: (order: DateOrder) => void;
}) {
  const first = localeDateOrder(typeof navigator === 'undefined' ? undefined : navigator.language);
  const orders: DateOrder[] = first === 'dmy' ? ['dmy', 'mdy'] : ['mdy', 'dmy'];
  const { headers, example } = props.question;
  const columns = headers.map((h) => `“${h}”`).join(' and ');
  return (
    <fieldset className="cal-date-order">
      <legend>Date order</legend>
      <p>
        The dates in {columns} read both ways: row {example.row} holds {example.value}. How are they
        written?
      </p>
      {orders.map((order) => (
        <label key={order}>
          <input
            type="radio"
            name="date-order"
            checked={props.answer === order}
            onChange={() => props.onAnswer(order)}
          />{' '}
          {ORDER_NAME[order]}: {example.value} is {describeAs(example.value, order)}
        </label>
      ))}
      <p className="cal-notice">
        The whole column is read in the order chosen. To stop being asked, set the date order in
        Settings.
      </p>
    </fieldset>
  );
}
