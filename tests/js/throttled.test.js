// The widget's throttle for what streams in while files are read (the file
// list, the progress bar): the first change is drawn at once, then at most
// one draw per interval, and the last change is always drawn.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { throttled } from '../../www/ui/dom.js';

/** The times (ms after the start) at which a throttle of `ms` draws when called at each of `calls`. */
function drawTimes(ms, calls) {
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  try {
    const draws = [];
    const changed = throttled(() => draws.push(Date.now()), ms);
    // A millisecond at a time, so that each draw reads the time its timer was due.
    const advanceTo = (time) => {
      while (Date.now() < time) mock.timers.tick(1);
    };
    for (const at of calls) {
      advanceTo(at);
      changed();
      mock.timers.tick(0);
    }
    advanceTo(calls.at(-1) + 10 * ms);
    return draws;
  } finally {
    mock.timers.reset();
  }
}

test('draws at once, then at most once per interval, and always after the last change', () => {
  const cases = [
    { calls: [0], draws: [0] },
    { calls: [0, 1, 2], draws: [0, 250] },
    { calls: [0, 100, 200, 300, 400, 500, 600], draws: [0, 250, 500, 750] },
    { calls: [0, 300], draws: [0, 300] },
    { calls: [0, 249, 1000], draws: [0, 250, 1000] },
    { calls: [50, 60, 400, 410], draws: [50, 300, 550] },
  ];
  for (const { calls, draws } of cases) assert.deepEqual(drawTimes(250, calls), draws, `calls at ${calls}`);
});
