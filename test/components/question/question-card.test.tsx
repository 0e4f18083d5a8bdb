import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AnswerFeedback } from '../../../src/components/question/answer-feedback';
import { QuestionCard } from '../../../src/components/question/question-card';
import type { Question } from '../../../src/domain/quiz/question';

const base = {
  takeaway: 'S3 invokes Lambda asynchronously.',
  docs: ['https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html'],
  sources: [{ kind: 'table-row', id: 'triggers.sources#s3' }],
  topic: 'triggers',
  exams: ['DVA-C02'],
  domains: ['dva-1'],
  difficulty: 1,
} as const;

const single: Question = {
  ...base,
  cardId: 'x:single',
  kind: 'single-choice',
  stem: 'Which event source invokes Lambda asynchronously?',
  options: [
    { id: 'a', text: 'SQS', why: 'Lambda polls SQS through an event source mapping.' },
    { id: 'b', text: 'S3', why: 'S3 sends each event and does not wait for the result.' },
    {
      id: 'c',
      text: 'Kinesis Data Streams',
      why: 'Lambda polls each shard and invokes synchronously.',
    },
    { id: 'd', text: 'API Gateway / ALB', why: 'They wait for the response by default.' },
  ],
  correct: ['b'],
  pick: 1,
};

const multi: Question = {
  ...single,
  cardId: 'x:multi',
  kind: 'multiple-response',
  stem: 'Which sources does Lambda poll?',
  options: [
    { id: 'a', text: 'SQS', why: 'Lambda polls the queue.' },
    { id: 'b', text: 'S3', why: 'S3 pushes its events.' },
    { id: 'c', text: 'Kinesis Data Streams', why: 'Lambda polls each shard.' },
    { id: 'd', text: 'SNS', why: 'SNS pushes its messages.' },
    { id: 'e', text: 'EventBridge', why: 'EventBridge pushes matching events.' },
  ],
  correct: ['a', 'c'],
  pick: 2,
};

function Harness({
  question,
  mode,
}: Readonly<{ question: Question; mode: 'answering' | 'feedback' }>) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <MemoryRouter>
      <QuestionCard question={question} selected={selected} onChange={setSelected} mode={mode} />
      <output aria-label="chosen">{selected.join(',')}</output>
    </MemoryRouter>
  );
}

describe('QuestionCard', () => {
  it('offers single-choice options as radio buttons in a named group', async () => {
    render(<Harness question={single} mode="answering" />);
    const group = screen.getByRole('group', { name: /invokes Lambda asynchronously/ });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    await userEvent.click(screen.getByRole('radio', { name: /S3/ }));
    expect(screen.getByRole('radio', { name: /S3/ })).toBeChecked();
  });

  it('says how many to pick and uses check boxes for multiple response', async () => {
    render(<Harness question={multi} mode="answering" />);
    expect(screen.getByRole('group', { name: /\(Choose two\.\)/ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    await userEvent.click(screen.getByRole('checkbox', { name: /SQS/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Kinesis/ }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent('a,c');
  });

  it('says "(Choose two.)" once when the generated stem already ends with it', () => {
    render(
      <Harness
        question={{ ...multi, stem: 'Which sources does Lambda poll? (Choose two.)' }}
        mode="answering"
      />,
    );
    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleName('Which sources does Lambda poll? (Choose two.)');
    expect(group.textContent?.match(/Choose two/g)).toHaveLength(1);
  });

  it('lets a single choice be replaced with the number keys', async () => {
    render(<Harness question={single} mode="answering" />);
    screen.getByRole('radio', { name: /SQS/ }).focus();
    await userEvent.keyboard('2');
    expect(screen.getByLabelText('chosen')).toHaveTextContent('b');
    await userEvent.keyboard('4');
    expect(screen.getByLabelText('chosen')).toHaveTextContent(/^d$/);
    await userEvent.keyboard('9');
    expect(screen.getByLabelText('chosen')).toHaveTextContent(/^d$/);
  });

  it('chooses options with the number keys', async () => {
    render(<Harness question={multi} mode="answering" />);
    screen.getByRole('checkbox', { name: /SQS/ }).focus();
    await userEvent.keyboard('3');
    expect(screen.getByLabelText('chosen')).toHaveTextContent('c');
    await userEvent.keyboard('3');
    expect(screen.getByLabelText('chosen')).toHaveTextContent('');
  });

  it('marks the correct answer in text, not by colour alone, when giving feedback', () => {
    render(
      <MemoryRouter>
        <QuestionCard
          question={single}
          selected={['a']}
          onChange={() => undefined}
          mode="feedback"
        />
        <AnswerFeedback question={single} selected={['a']} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Your answer: wrong/)).toBeInTheDocument();
    expect(screen.getByText(/Correct answer/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '✗ Not quite' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Learn more about this' })).toHaveAttribute(
      'href',
      '/learn/triggers#row-triggers.sources-s3',
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('explains every option after an answer, the learner’s choice first, with the takeaway and the AWS page', () => {
    render(
      <MemoryRouter>
        <AnswerFeedback question={single} selected={['a']} />
      </MemoryRouter>,
    );
    expect(screen.getByText('The right answer is option 2.')).toBeInTheDocument();
    const reasons = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(reasons.map((li) => li.textContent)).toEqual([
      'Option 1 · Your answer, wrong: SQSLambda polls SQS through an event source mapping.',
      'Option 2 · Right answer: S3S3 sends each event and does not wait for the result.',
      'Option 3 · Wrong: Kinesis Data StreamsLambda polls each shard and invokes synchronously.',
      'Option 4 · Wrong: API Gateway / ALBThey wait for the response by default.',
    ]);
    expect(screen.getByText('S3 invokes Lambda asynchronously.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lambda docs: with-s3' })).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
    );
  });

  it('says which choices of a partly right multiple response were right, missing and wrong', () => {
    render(
      <MemoryRouter>
        <AnswerFeedback question={multi} selected={['a', 'b']} />
      </MemoryRouter>,
    );
    expect(
      screen.getByText('You chose 1 of the 2 right answers. Missing: option 3. Wrong: option 2.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '✗ Not quite' })).toBeInTheDocument();
  });
});
