import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// Each case lints with the project's full config, which takes seconds on a busy machine.
describe('pure-core boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['src/domain/quiz/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['content/topics/x.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/domain/srs/x.ts', "import { get } from 'idb-keyval';\nexport const x = get;\n"],
    ['src/domain/labs/x.ts', "import { paths } from '../../app/paths';\nexport const x = paths;\n"],
  ])('rejects a UI or storage import in %s', async (file, code) => {
    expect(await lintAs(file, code)).toContain('no-restricted-imports');
  });

  it('rejects DOM globals, Date.now and Math.random in the domain', async () => {
    const rules = await lintAs(
      'src/domain/lib/x.ts',
      'export const a = () => document.title;\nexport const b = () => Date.now();\nexport const c = () => Math.random();\n',
    );
    expect(rules).toContain('no-restricted-globals');
    expect(rules.filter((r) => r === 'no-restricted-properties')).toHaveLength(2);
  });

  it('allows React in features', async () => {
    expect(
      await lintAs(
        'src/features/x/y.tsx',
        "import { useState } from 'react';\nexport const x = useState;\n",
      ),
    ).toEqual([]);
  });

  it.each(['src/features/learn/x.tsx', 'src/features/labs/x/y.ts'])(
    'keeps the registry of all content out of %s, types aside',
    async (file) => {
      const from = file.split('/').length === 4 ? '../../../content' : '../../../../content';
      expect(
        await lintAs(file, `import { topics } from '${from}/index';\nexport const x = topics;\n`),
      ).toContain('@typescript-eslint/no-restricted-imports');
      expect(
        await lintAs(file, `import type { Topic } from '${from}/index';\nexport type X = Topic;\n`),
      ).toEqual([]);
    },
  );

  it('rejects enums and default exports everywhere', async () => {
    const rules = await lintAs('src/features/x/z.ts', 'export enum A { B }\nexport default 1;\n');
    expect(rules.filter((r) => r === 'no-restricted-syntax')).toHaveLength(2);
  });

  it.each([
    [
      'src/features/x/a.tsx',
      'export const A = (p: { t: string }) => <p dangerouslySetInnerHTML={{ __html: p.t }} />;\n',
    ],
    [
      'src/features/x/b.ts',
      'export function b(el: HTMLElement, t: string) {\n  el.innerHTML = t;\n}\n',
    ],
    [
      'src/features/x/c.ts',
      "export function c(el: HTMLElement, t: string) {\n  el.insertAdjacentHTML('beforeend', t);\n}\n",
    ],
    ['src/features/x/d.ts', 'export const d = (t: string) => eval(t);\n'],
    ['src/features/x/e.ts', "export const e = (t: string) => new Function('x', t);\n"],
  ])('rejects HTML injection and eval in %s', async (file, code) => {
    expect(await lintAs(file, code)).toContain('no-restricted-syntax');
  });

  it('allows setting text content', async () => {
    const code = 'export function f(el: HTMLElement, t: string) {\n  el.textContent = t;\n}\n';
    expect(await lintAs('src/features/x/f.ts', code)).toEqual([]);
  });
});
