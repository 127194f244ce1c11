// The request mix every engine is timed on: varied (so nothing is a constant
// the optimiser can fold), seeded (so every run and every engine sees the same
// list), and shaped like what the widget sends: no filter, a few need toggles,
// quiz answers with and without "matters a lot", both profiles, a few dates.
import { mulberry32 } from './gen-catalogue.mjs';

export const TODAY = 20250601; // fixed "today" for requests without as_of
const DATES = ['2023-06-01', '2024-03-01', '2025-06-01'];

export function benchRequests({ needs, quiz, profiles }, { count = 16, seed = 0x5eed } = {}) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const out = [{ as_of: '2025-06-01' }];
  while (out.length < count) {
    const r = { as_of: pick(DATES) };
    if (rnd() < 0.5) r.profile = pick(profiles).id;
    const kind = out.length % 3;
    if (kind === 0 || kind === 2) {
      const k = 1 + Math.floor(rnd() * 3);
      r.needs = [...new Set(Array.from({ length: k }, () => pick(needs).id))];
    }
    if (kind === 1 || kind === 2) {
      r.answers = {};
      for (const q of quiz.questions) {
        if (rnd() < 0.4) continue;
        const choice = q.kind === 'multi'
          ? [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(q.answers).id))]
          : pick(q.answers).id;
        r.answers[q.id] = rnd() < 0.3 ? { choice, important: true } : choice;
      }
    }
    if (rnd() < 0.3) r.prefer = { [pick(needs).id]: 1 + Math.floor(rnd() * 3) };
    out.push(r);
  }
  return out;
}
