import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { reviewTemplate } from '../../../../src/domain/review/review-template';
import { REVIEW_RULES } from '../../../../src/domain/review/rule-catalog';
import { ReviewLabPage } from '../../../../src/features/labs/review/review-lab-page';
import type { ReviewRunner } from '../../../../src/features/labs/review/review-runner';
import { REVIEW_SAMPLES } from '../../../../src/features/labs/review/review-samples';
import { renderRoute } from '../../../helpers/render-route';

const sample = (id: string) => {
  const found = REVIEW_SAMPLES.find((s) => s.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found;
};

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'Resources: { X: { Type: AWS::SQS::Queue, Properties: { Tags: *e } } }',
].join('\n');

async function openReviewer() {
  renderRoute('/labs/review');
  await screen.findByRole(
    'heading',
    { level: 1, name: 'Configuration reviewer' },
    { timeout: 15_000 },
  );
  return { user: userEvent.setup(), box: screen.getByLabelText('Template text (YAML or JSON)') };
}

async function loadSample(user: ReturnType<typeof userEvent.setup>, id: string) {
  await user.selectOptions(screen.getByLabelText('Or start from a sample'), sample(id).title);
  await user.click(screen.getByRole('button', { name: 'Load sample' }));
}

const results = () =>
  screen.getByRole('heading', { level: 2, name: 'Findings' }).closest('section') as HTMLElement;

beforeEach(() => {
  sessionStorage.clear();
});

describe('configuration reviewer', { timeout: 30_000 }, () => {
  it('reviews a sample and shows each finding by severity and resource, with its line, excerpt and fix', async () => {
    const { user, box } = await openReviewer();
    const s = sample('sqs-worker');
    await user.selectOptions(screen.getByLabelText('Or start from a sample'), s.title);
    await user.click(screen.getByRole('button', { name: 'Load sample' }));
    expect(box).toHaveValue(s.text);
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    const critical = await within(results()).findByRole('heading', {
      level: 3,
      name: /Critical \(1\)/,
    });
    const section = critical.closest('section') as HTMLElement;
    expect(
      within(section).getByRole('heading', { level: 4, name: 'OrderQueue' }),
    ).toBeInTheDocument();
    const expected = reviewTemplate(s.text);
    if (!expected.ok) throw new Error('sample must parse');
    const finding = expected.report.findings.find((f) => f.rule === 'VIS_TIMEOUT_LT_TIMEOUT');
    const card = within(section)
      .getByRole('heading', { level: 5, name: REVIEW_RULES.VIS_TIMEOUT_LT_TIMEOUT.title })
      .closest('li') as HTMLElement;
    expect(card).toHaveTextContent(`line ${finding?.line}`);
    expect(
      within(card).getByText(`Template, around line ${finding?.line}`).nextSibling,
    ).toHaveTextContent('VisibilityTimeout: 60');
    const fix = within(card).getByText('Fix').nextSibling as HTMLElement;
    expect(fix.tagName).toBe('PRE');
    expect(fix.querySelector('code')?.textContent).toBe(finding?.fix);
    expect(
      within(results()).getByRole('heading', { level: 3, name: /Warnings \(2\)/ }),
    ).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('status')
        .map((el) => el.textContent)
        .join(' '),
    ).toContain('Review finished: 1 critical finding, 2 warnings');
  });

  it('lists what it cannot tell from the template', async () => {
    const { user } = await openReviewer();
    await loadSample(user, 'async-imports');
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    const heading = await within(results()).findByRole('heading', {
      name: /Can’t tell from the template \(1\)/,
    });
    expect(heading.closest('section')).toHaveTextContent(
      'ThumbnailFunction: Timeout — it is imported from another stack',
    );
  });

  it('says so when a template passes every rule', async () => {
    const { user } = await openReviewer();
    await loadSample(user, 'clean-worker');
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    expect(await within(results()).findByText(/No findings/)).toBeInTheDocument();
  });

  it('refuses a YAML alias bomb with a clear message and keeps the pasted text', async () => {
    const { user, box } = await openReviewer();
    await user.click(box);
    await user.paste(ALIAS_BOMB);
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This can’t be reviewed.');
    expect(alert).toHaveTextContent('alias bomb');
    expect(alert).toHaveTextContent('Your text is still in the box above');
    expect(box).toHaveValue(ALIAS_BOMB);
  });

  it('refuses text over 1 MB and text that is not a template', async () => {
    const { user, box } = await openReviewer();
    const huge = `Resources: {}\n#${'x'.repeat(1_000_001)}`;
    fireEvent.change(box, { target: { value: huge } });
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the limit is 1,000,000 bytes');
    expect((box as HTMLTextAreaElement).value.length).toBe(huge.length);
    fireEvent.change(box, { target: { value: 'shopping:\n  - milk\n' } });
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('No Resources section'),
    );
  });

  it('shows template text as text, never as markup', async () => {
    const { user, box } = await openReviewer();
    const text = sample('sqs-worker').text.replace(
      '      VisibilityTimeout: 60',
      '      VisibilityTimeout: 60 # <img src=x onerror=alert(1)>',
    );
    fireEvent.change(box, { target: { value: text } });
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    await within(results()).findByRole('heading', { level: 3, name: /Critical/ });
    expect(results().querySelector('img')).toBeNull();
    expect(results()).toHaveTextContent('# <img src=x onerror=alert(1)>');
  });

  it('opens a template file and reviews it', async () => {
    const { user, box } = await openReviewer();
    const s = sample('java-api');
    await user.upload(
      screen.getByLabelText('Open a template file'),
      new File([s.text], 'api.yaml', { type: 'text/yaml' }),
    );
    await waitFor(() => expect(box).toHaveValue(s.text));
    expect(
      await within(results()).findAllByRole(
        'heading',
        { level: 4, name: 'QuoteFunction' },
        { timeout: 5_000 },
      ),
    ).toHaveLength(2);
  });

  it('refuses a binary or oversized file and leaves the text untouched', async () => {
    const { user, box } = await openReviewer();
    await user.click(box);
    await user.paste('Resources: {}');
    await user.upload(
      screen.getByLabelText('Open a template file'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])], 'logo.yaml'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('logo.yaml is not UTF-8 text');
    await user.upload(
      screen.getByLabelText('Open a template file'),
      new File(['#'.repeat(1_000_001)], 'big.yaml'),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('big.yaml is 1,000,001 bytes'),
    );
    expect(box).toHaveValue('Resources: {}');
  });

  it('opens a file dropped on the text box', async () => {
    const { box } = await openReviewer();
    const s = sample('kinesis-json');
    const file = new File([s.text], 'clicks.json', { type: 'application/json' });
    fireEvent.drop(box, { dataTransfer: { files: [file], types: ['Files'] } });
    await waitFor(() => expect(box).toHaveValue(s.text));
    expect(
      await within(results()).findAllByRole(
        'heading',
        { level: 4, name: 'ClickMapping' },
        { timeout: 5_000 },
      ),
    ).toHaveLength(2);
  });

  it('offers to restore the learner’s text after a sample replaced it', async () => {
    const { user, box } = await openReviewer();
    await user.click(box);
    await user.paste('Resources: my own draft');
    await loadSample(user, 'java-api');
    await user.click(screen.getByRole('button', { name: 'Restore your text' }));
    expect(box).toHaveValue('Resources: my own draft');
  });

  it('keeps the draft for the session, so a reload does not lose it', async () => {
    const { user, box } = await openReviewer();
    await user.click(box);
    await user.paste('Resources: {}  # draft');
    await waitFor(() =>
      expect(sessionStorage.getItem('warmstart:review-draft')).toBe('Resources: {}  # draft'),
    );
  });

  it('reviews with Ctrl+Enter from the text box', async () => {
    const { user, box } = await openReviewer();
    await user.click(box);
    await user.paste(sample('java-api').text);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(
      await within(results()).findAllByRole('heading', { level: 4, name: 'QuoteFunction' }),
    ).toHaveLength(2);
  });
});

describe('configuration reviewer with an injected runner', { timeout: 30_000 }, () => {
  it('says a review that ran too long was stopped, and keeps the text', async () => {
    const runner: ReviewRunner = () => Promise.resolve({ kind: 'timed-out', seconds: 5 });
    sessionStorage.setItem('warmstart:review-draft', 'Resources: {}');
    render(
      <MemoryRouter>
        <ReviewLabPage runner={runner} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    expect(screen.getByLabelText('Template text (YAML or JSON)')).toHaveValue('Resources: {}');
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'took longer than 5 seconds and was stopped',
    );
    expect(screen.getByLabelText('Template text (YAML or JSON)')).toHaveValue('Resources: {}');
  });

  it('ignores a second click while a review is running', async () => {
    let calls = 0;
    let release: (() => void) | undefined;
    const runner: ReviewRunner = () => {
      calls += 1;
      return new Promise((resolve) => {
        release = () => resolve({ kind: 'crashed', message: 'stopped' });
      });
    };
    render(
      <MemoryRouter>
        <ReviewLabPage runner={runner} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Review template' }));
    const busy = screen.getByRole('button', { name: 'Reviewing…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(calls).toBe(1);
    release?.();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The review stopped unexpectedly: stopped',
    );
  });
});
