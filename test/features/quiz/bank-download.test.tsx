import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runBank } from '../../../scripts/bank';
import { generateBank } from '../../../src/domain/quiz/generate-questions';
import { installMemoryStore } from '../../helpers/memory-store';
import { renderRoute } from '../../helpers/render-route';
import { content, findQuizPage } from './quiz-helpers';

type Download = { name: string; blob: Blob; href: string };

describe('question bank download', { timeout: 30_000 }, () => {
  let downloads: Download[];
  const blobs = new Map<string, Blob>();

  beforeEach(() => {
    downloads = [];
    // jsdom has no object URLs and does not download: record what would be saved.
    let n = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (blob) downloads.push({ name: this.download, blob, href: this.href });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['JSON', 'warmstart-question-bank.json', 'application/json', 'json'],
    ['Anki', 'warmstart-question-bank-anki.txt', 'text/plain;charset=utf-8', 'anki'],
  ] as const)(
    'saves the whole bank as %s, the same file as `npm run bank`',
    async (label, name, type, format) => {
      installMemoryStore();
      renderRoute('/quiz');
      const user = userEvent.setup();
      await findQuizPage();
      await user.click(screen.getByRole('button', { name: `Download question bank (${label})` }));
      expect(downloads).toHaveLength(1);
      const [file] = downloads;
      expect(file?.name).toBe(name);
      expect(file?.blob.type).toBe(type);
      let printed = '';
      runBank(
        ['--format', format],
        (text) => (printed += text),
        () => undefined,
      );
      expect(await file?.blob.text()).toBe(printed);
      const bank = generateBank(content, 1);
      expect(screen.getByText(`Downloaded ${name} (${bank.length} questions).`)).toHaveAttribute(
        'role',
        'status',
      );
      expect(document.querySelector('a[download]')).toBeNull();
    },
  );
});
