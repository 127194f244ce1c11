// Fetching a custom catalogue folder (data-src) from the page's own origin:
// loaded only by pages that set data-src (engine-source.js). Every failure
// is a LoadFailure listing each file's problem.
import { LoadFailure } from './engine-source.js';

const DATA_FILES = ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'];

export async function fetchDataFiles(folder) {
  const problems = [];
  const texts = await Promise.all(DATA_FILES.map(async (file) => {
    const url = new URL(file, folder);
    try {
      // No cookies: the widget never identifies the reader, even to its own host.
      const res = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
      if (new URL(res.url).origin !== location.origin) {
        problems.push({ file, pointer: '', code: 'redirected' });
        return null;
      }
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return await res.text();
    } catch (e) {
      // The browser's own words for a network error, or the HTTP status.
      problems.push({ file, pointer: '', code: 'fetch', detail: e.message });
      return null;
    }
  }));
  if (problems.length) throw new LoadFailure('fetch', problems);
  return Object.fromEntries(DATA_FILES.map((f, i) => [f, texts[i]]));
}
