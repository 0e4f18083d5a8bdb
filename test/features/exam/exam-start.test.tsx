import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { parseExamSession } from '../../../src/domain/exam/exam-session-schema';
import { listCards } from '../../../src/domain/quiz/generate-questions';
import { setAppStore, type AppStore } from '../../../src/store/app-store';
import { renderRoute } from '../../helpers/render-route';
import { installMemoryStore, saveFourQuestionExam } from './exam-test-kit';

let store: AppStore;
beforeEach(async () => {
  store = await installMemoryStore();
});
afterEach(() => setAppStore(undefined));

describe('exam start page', { timeout: 20_000 }, () => {
  it('offers both formats and every length with its time, then starts the chosen exam', async () => {
    renderRoute('/exam');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('radio', { name: /SAP-C02/ }));
    expect(screen.getByRole('radio', { name: /Full length: 75 questions, 3 h/ })).toBeChecked();
    await u.click(screen.getByRole('radio', { name: /^10 questions, 24 min/ }));
    const before = Date.now();
    await u.click(screen.getByRole('button', { name: 'Start the exam' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'SAP-C02 practice exam' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Question 1 of 10', { selector: '.exam-progress' }),
    ).toBeInTheDocument();
    const session = parseExamSession(store.getState().activeExam);
    expect(session?.items).toHaveLength(10);
    expect(session?.examCode).toBe('SAP-C02');
    expect((session?.deadline ?? 0) - (session?.startedAt ?? 0)).toBe(24 * 60_000);
    expect(session?.startedAt).toBeGreaterThanOrEqual(before);
  });

  it('uses exam-style questions at full length, and lets a shorter exam ask recall questions', async () => {
    renderRoute('/exam');
    const u = userEvent.setup();
    await screen.findByRole('radio', { name: /DVA-C02/ });
    expect(
      screen.getByText(/A full-length exam uses exam-style questions only/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Kind of question' })).not.toBeInTheDocument();
    await u.click(screen.getByRole('radio', { name: /^10 questions/ }));
    expect(screen.getByRole('radio', { name: /^Exam style/ })).toBeChecked();
    await u.click(screen.getByRole('radio', { name: /^Recall/ }));
    await u.click(screen.getByRole('button', { name: 'Start the exam' }));
    await screen.findByRole('heading', { level: 1, name: 'DVA-C02 practice exam' });
    const session = parseExamSession(store.getState().activeExam);
    const styles = new Map(listCards({ topics }).map((c) => [c.cardId, c.style]));
    expect(session?.items.every((i) => styles.get(i.question.cardId) === 'recall')).toBe(true);
  });

  it('starts on the target exam from the settings', async () => {
    await store.getState().updateSettings({ targetExam: 'SAP-C02' });
    renderRoute('/exam');
    expect(await screen.findByRole('radio', { name: /SAP-C02/ })).toBeChecked();
  });

  it('offers to resume the exam in progress, and discards it only after asking', async () => {
    await saveFourQuestionExam(store, Date.now());
    renderRoute('/exam');
    expect(await screen.findByRole('heading', { name: 'Exam in progress' })).toBeInTheDocument();
    expect(screen.getByText(/0 of 4 answered\. 20 min left\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resume the exam' })).toHaveAttribute(
      'href',
      '/exam/dva-c02-test',
    );
    expect(screen.queryByRole('button', { name: 'Start the exam' })).not.toBeInTheDocument();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Discard it…' }));
    await u.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(store.getState().activeExam).not.toBeNull();
    await u.click(screen.getByRole('button', { name: 'Discard it…' }));
    await u.click(screen.getByRole('button', { name: 'Discard the exam' }));
    expect(await screen.findByRole('button', { name: 'Start the exam' })).toBeInTheDocument();
    expect(store.getState().activeExam).toBeNull();
  });

  it('documents the keyboard shortcuts', async () => {
    renderRoute('/exam');
    await screen.findByRole('heading', { level: 1, name: 'Practice exam' });
    for (const key of ['1 – 5', 'N', 'P', 'F', 'S', 'Esc']) {
      expect(screen.getByText(key, { selector: 'kbd' })).toBeInTheDocument();
    }
  });
});
