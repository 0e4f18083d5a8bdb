import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openSession, type Session } from './browser';

/** DESIGN budget: initial JavaScript on `/`, gzip, in bytes (Vite's kB are 1,000 bytes). */
const INITIAL_JS_BUDGET = 110_000;

type ManifestChunk = Readonly<{
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
}>;
type Manifest = Readonly<Record<string, ManifestChunk>>;

const readManifest = (): Manifest =>
  JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;

/** Gzip size of a built file, as a server compressing at the default level would send it. */
function gzipBytes(path: string): number {
  return gzipSync(readFileSync(`dist/${path.replace(/^\//, '')}`)).length;
}

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = [...keys];
  for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) continue;
    seen.add(key);
    stack.push(...(chunk.imports ?? []));
  }
  return [...seen].map((key) => manifest[key]?.file ?? key);
}

/** The manifest keys of the topics' chunks, which content/topic-loaders.ts loads one at a time. */
function topicChunkKeys(manifest: Manifest): string[] {
  const loaders = Object.values(manifest).filter((chunk) => chunk.name === 'topic-loaders');
  expect(loaders).toHaveLength(1);
  return [...(loaders[0]?.dynamicImports ?? [])];
}

describe('first-load budget', () => {
  let session: Session;
  const requested = new Set<string>();
  beforeAll(async () => {
    session = await openSession();
    // Page requests only: the service worker's precache downloads are not the page's.
    session.page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'script') requested.add(pathname);
    });
    await session.page.goto(baseUrl() + '/');
    await session.page.getByRole('heading', { level: 1, name: 'Warmstart' }).waitFor();
    await session.page.waitForLoadState('networkidle');
  });
  afterAll(async () => {
    await session.close();
  });

  it('needs at most 110 KB of gzipped JavaScript to render the home page', () => {
    const manifest = readManifest();
    const entry = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
    const home = Object.keys(manifest).filter((key) => key.endsWith('/home-page.tsx'));
    expect(entry).toHaveLength(1);
    expect(home).toHaveLength(1);
    const files = staticClosure(manifest, [...entry, ...home]).map((file) => ({
      file,
      gzip: gzipBytes(file),
    }));
    const initial = files.reduce((sum, f) => sum + f.gzip, 0);
    console.log(`Initial JavaScript on /: ${(initial / 1000).toFixed(1)} kB gzip`);
    const afterLoad = [...requested].reduce((sum, path) => sum + gzipBytes(path), 0);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/initial-js.json',
      JSON.stringify({ initialGzipBytes: initial, requestedByIdleGzipBytes: afterLoad, files }),
    );
    // Every file the first render needs was actually fetched by the page.
    for (const { file } of files) expect(requested).toContain(`/${file}`);
    expect(initial).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('reports what the service worker precaches for offline use', () => {
    const worker = readFileSync('dist/sw.js', 'utf8');
    const urls = [...worker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1] ?? '');
    const bytes = urls.reduce((sum, url) => sum + statSync(`dist/${url}`).size, 0);
    const gzip = urls.reduce((sum, url) => sum + gzipBytes(url), 0);
    writeFileSync(
      'test-results/precache.json',
      JSON.stringify({ entries: urls.length, bytes, gzipBytes: gzip }),
    );
    console.log(
      `Precache: ${urls.length} files, ${(bytes / 1000).toFixed(1)} kB (${(gzip / 1000).toFixed(1)} kB gzip)`,
    );
    expect(urls).toContain('index.html');
    // Everything the app needs offline, and nothing it does not: the content and the labs
    // are there, the unused source maps and the build manifest are not.
    expect(urls.some((url) => url.endsWith('.map') || url.startsWith('.vite'))).toBe(false);
  });

  it('reports the JavaScript each page needs before it renders', () => {
    const manifest = readManifest();
    const entry = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
    const pages = Object.keys(manifest)
      .filter((key) => /^src\/features\/.+-page\.tsx$/.test(key))
      .sort();
    const measure = (page: string, keys: readonly string[]) => {
      const files = staticClosure(manifest, [...entry, ...keys]);
      const gzip = files.reduce((sum, file) => sum + gzipBytes(file), 0);
      return { page, files: files.length, gzip };
    };
    const rows = pages.map((key) => measure(key.replace(/^src\/features\//, ''), [key]));
    // A topic's page also loads that topic before it shows it: the largest topic, at most.
    const topicPage = 'src/features/learn/topic-page.tsx';
    const withTopics = topicChunkKeys(manifest).map((topic) =>
      measure('learn/topic-page.tsx with its largest topic', [topicPage, topic]),
    );
    const largest = withTopics.sort((a, b) => b.gzip - a.gzip)[0];
    if (largest) rows.push(largest);
    writeFileSync('test-results/page-js.json', JSON.stringify(rows, null, 2));
    for (const row of rows) {
      console.log(`${row.page}: ${(row.gzip / 1000).toFixed(1)} kB gzip in ${row.files} files`);
    }
    // Every route's page module is in the build (17 routes share 17 page modules).
    expect(pages.length).toBeGreaterThanOrEqual(17);
  });

  it('shows a Learn page or a lab with at most one topic’s content before it renders', () => {
    const manifest = readManifest();
    const entry = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
    const topicFiles = new Set(topicChunkKeys(manifest).map((key) => manifest[key]?.file ?? key));
    expect(topicFiles.size).toBeGreaterThanOrEqual(20);
    const topicsBefore = (page: string) =>
      staticClosure(manifest, [...entry, page]).filter((file) => topicFiles.has(file));
    const pages = Object.keys(manifest).filter((key) =>
      /^src\/features\/(learn|labs)\/.+-page\.tsx$/.test(key),
    );
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const page of pages) expect(topicsBefore(page).length, page).toBeLessThanOrEqual(1);
    // The quiz plans questions over every topic: the registry brings them all.
    expect(topicsBefore('src/features/quiz/quiz-page.tsx')).toHaveLength(topicFiles.size);
  });

  it('leaves the labs, exams, quizzes, progress and the reviewer for later', () => {
    const early = [...requested].filter((path) =>
      /\/(labs?-|.*-lab-page|exam-(start|page|result)|progress-page|review-template|quiz-page|scheduler)/.test(
        path,
      ),
    );
    expect(early).toEqual([]);
  });
});
