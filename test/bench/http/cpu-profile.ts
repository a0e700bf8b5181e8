/*
 * Preloaded into the API (`-r dist/test/bench/http/cpu-profile.js`, with an IPC channel) when
 * BENCH_CPU_PROF names a directory: the message 'cpu-profile' starts V8's CPU profiler, the next
 * writes `api-<n>.cpuprofile` there, so that a profile covers the measured window only. (Not a
 * signal: Nest's shutdown hooks take SIGUSR2.)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
if (dir && process.send) {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  process.channel?.unref();
  process.on('message', (message) => {
    if (message !== 'cpu-profile') return;
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      writeFileSync(join(dir, `api-${++written}.cpuprofile`), JSON.stringify(result.profile));
      process.send?.('cpu-profile-written');
    });
  });
}
