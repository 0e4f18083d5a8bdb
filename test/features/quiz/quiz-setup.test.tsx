import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findTopic, topics } from '../../../content/index';
import { generateQuestions, listCards } from '../../../src/domain/quiz/generate-questions';
import { installMemoryStore } from '../../helpers/memory-store';
import { renderRoute } from '../../helpers/render-route';
import { content, findQuizPage, plannedQuestions, startQuizAt } from './quiz-helpers';

const topicBoxes = () =>
  within(screen.getByRole('group', { name: 'Topics' })).getAllByRole('checkbox');

describe('quiz setup', { timeout: 30_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers topics, exam focus and length as labelled controls, with every topic that has questions, both exams and 10 questions first', async () => {
    installMemoryStore();
    renderRoute('/quiz');
    expect(await findQuizPage()).toBeInTheDocument();
    const cards = listCards(content);
    const asked = topics.filter((t) => cards.some((c) => c.topic === t.id));
    expect(topicBoxes()).toHaveLength(asked.length);
    for (const topic of asked) {
      const count = cards.filter((c) => c.topic === topic.id).length;
      expect(
        screen.getByRole('checkbox', { name: `${topic.title} (${count} questions)` }),
      ).toBeChecked();
    }
    const exam = screen.getByRole('group', { name: 'Exam focus' });
    expect(within(exam).getByRole('radio', { name: 'Both exams' })).toBeChecked();
    expect(within(exam).getByRole('radio', { name: /^DVA-C02/ })).not.toBeChecked();
    expect(within(exam).getByRole('radio', { name: /^SAP-C02/ })).not.toBeChecked();
    const length = screen.getByRole('group', { name: 'Length' });
    expect(
      within(length)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['5', '10', '20']);
    expect(within(length).getByRole('radio', { name: '10 questions' })).toBeChecked();
  });

  it('preselects the topic a Learn page links to', async () => {
    installMemoryStore();
    renderRoute('/quiz?topic=edge');
    await findQuizPage();
    const checked = topicBoxes().filter((box) => (box as HTMLInputElement).checked);
    expect(checked.map((box) => box.getAttribute('value'))).toEqual(['edge']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers no topic without questions, and practises what the exam tips restate', async () => {
    installMemoryStore();
    renderRoute('/quiz?topic=exam-tips');
    await findQuizPage();
    expect(screen.queryByRole('checkbox', { name: /^Exam tips/ })).not.toBeInTheDocument();
    const checked = topicBoxes().filter((box) => (box as HTMLInputElement).checked);
    expect(checked.map((box) => box.getAttribute('value'))).toContain('concurrency');
    expect(screen.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
  });

  it('asks only about the linked topic once started', async () => {
    installMemoryStore();
    const seed = 1_750_000_000_000;
    startQuizAt(seed);
    renderRoute('/quiz?topic=layers');
    const user = userEvent.setup();
    await findQuizPage();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    const expected = generateQuestions({ content, seed, count: 10, topics: ['layers'] });
    expect(expected.every((q) => q.topic === 'layers')).toBe(true);
    const group = await screen.findByRole('group', { name: /^Question 1 of 10/ });
    expect(
      within(group).getByText(expected[0]?.stem.slice(0, 40) ?? '?', { exact: false }),
    ).toBeInTheDocument();
  });

  it('explains a topic in the address that does not exist and selects every topic', async () => {
    installMemoryStore();
    renderRoute('/quiz?topic=no-such-topic');
    await findQuizPage();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no topic “no-such-topic”, so every topic is selected instead.',
    );
    for (const box of topicBoxes()) expect(box).toBeChecked();
  });

  it('asks for at least one topic before starting', async () => {
    installMemoryStore();
    renderRoute('/quiz');
    const user = userEvent.setup();
    await findQuizPage();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('0 matching questions.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one topic.');
    expect(screen.getByRole('group', { name: 'Topics' })).toHaveAccessibleDescription(
      'Choose at least one topic.',
    );
    expect(topicBoxes()[0]).toHaveFocus();
    expect(screen.queryByRole('group', { name: /^Question/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select all' }));
    for (const box of topicBoxes()) expect(box).toBeChecked();
  });

  it('counts the matching questions and caps the quiz at them', async () => {
    installMemoryStore();
    renderRoute('/quiz?topic=layers');
    const user = userEvent.setup();
    await findQuizPage();
    await user.click(screen.getByRole('radio', { name: '20 questions' }));
    const count = listCards(content).filter((c) => c.topic === 'layers').length;
    const title = findTopic('layers')?.title ?? '?';
    expect(screen.getByRole('checkbox', { name: `${title} (${count} questions)` })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Start quiz' })).toHaveAccessibleDescription(
      `${count} matching questions; this quiz asks ${Math.min(count, 20)}.`,
    );
  });

  it('starts the quiz the seed (the start time) gives, with the chosen length', async () => {
    installMemoryStore();
    const seed = 1_760_000_000_000;
    startQuizAt(seed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await findQuizPage();
    await user.click(screen.getByRole('radio', { name: '5 questions' }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    const first = plannedQuestions(seed)[0];
    const group = await screen.findByRole('group', { name: /^Question 1 of 5/ });
    expect(group).toHaveAccessibleName(expect.stringContaining(first?.stem.slice(0, 30) ?? '?'));
  });

  it('practises one exam domain in exam style when the address asks for it, and counts only those questions', async () => {
    installMemoryStore();
    renderRoute('/quiz?exam=DVA-C02&domain=dva-2&style=exam');
    await findQuizPage();
    expect(screen.getByRole('radio', { name: /^DVA-C02/ })).toBeChecked();
    const domains = screen.getByRole('group', { name: 'Exam domain' });
    expect(within(domains).getByRole('radio', { name: 'Security' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Exam style/ })).toBeChecked();
    const count = listCards(content).filter(
      (c) => c.exams.includes('DVA-C02') && c.domains.includes('dva-2') && c.style === 'exam',
    ).length;
    expect(count).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Start quiz' })).toHaveAccessibleDescription(
      `${count} matching questions; this quiz asks 10.`,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Both exams' }));
    expect(screen.queryByRole('group', { name: 'Exam domain' })).not.toBeInTheDocument();
  });
});
