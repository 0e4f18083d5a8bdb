/** The exam screen's keyboard shortcuts, documented where the learner can read them. */
export const examShortcuts = [
  ['1 – 5', 'Choose (or, for "Select TWO", switch) option 1 to 5'],
  ['N', 'Next question'],
  ['P', 'Previous question'],
  ['F', 'Flag or unflag the question for review'],
  ['S', 'Review and submit: shows what is unanswered or flagged first'],
  ['Esc', 'Back to the exam from the submit review'],
] as const;

export function ShortcutList() {
  return (
    <dl className="shortcuts">
      {examShortcuts.map(([keys, action]) => (
        <div key={keys}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{action}</dd>
        </div>
      ))}
    </dl>
  );
}
