import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AnswerFeedback } from '../../../src/components/question/answer-feedback';
import { QuestionCard } from '../../../src/components/question/question-card';
import type { Question } from '../../../src/domain/quiz/question';

const base = {
  explanation: 'S3 invokes Lambda asynchronously.',
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
    { id: 'a', text: 'SQS' },
    { id: 'b', text: 'S3' },
    { id: 'c', text: 'Kinesis Data Streams' },
    { id: 'd', text: 'API Gateway / ALB' },
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
    { id: 'a', text: 'SQS' },
    { id: 'b', text: 'S3' },
    { id: 'c', text: 'Kinesis Data Streams' },
    { id: 'd', text: 'SNS' },
    { id: 'e', text: 'EventBridge' },
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
    expect(screen.getByRole('group', { name: /Select TWO\./ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    await userEvent.click(screen.getByRole('checkbox', { name: /SQS/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Kinesis/ }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent('a,c');
  });

  it('says "Select TWO." once when the generated stem already ends with it', () => {
    render(
      <Harness
        question={{ ...multi, stem: 'Which sources does Lambda poll? Select TWO.' }}
        mode="answering"
      />,
    );
    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleName('Which sources does Lambda poll? Select TWO.');
    expect(group.textContent?.match(/Select TWO/g)).toHaveLength(1);
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
});
