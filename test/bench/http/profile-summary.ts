/*
 * Where a .cpuprofile's time goes: self time of the top functions, and self and inclusive time
 * per area (a package of node_modules, a lib of Jejak, Node's internals, GC, idle).
 *   node dist/test/bench/http/profile-summary.js <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const jejak = /dist\/((?:libs|apps)\/[^/]+)/.exec(url);
  if (jejak) return jejak[1];
  return url.startsWith('node:') ? 'node:internal' : url;
}

export function summarizeProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const areaSelf = new Map<string, number>();
  const areaTotal = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    add(
      self,
      `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`,
      ms,
    );
    add(areaSelf, areaOf(url, functionName), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      seen.add(areaOf(frame.url, frame.functionName));
    }
    for (const area of seen) add(areaTotal, area, ms);
  });
  const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)} %`;
  const list = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `  ${pct(ms)}  ${key}`)
      .join('\n');
  return [
    `Profile: ${(total / 1000).toFixed(1)} s sampled`,
    `\nSelf time by area:\n${list(areaSelf, 20)}`,
    `\nInclusive time by area (on the stack):\n${list(areaTotal, 20)}`,
    `\nTop ${top} functions by self time:\n${list(self, top)}`,
  ].join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-summary.js <file.cpuprofile> [top]');
  console.log(
    summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(process.argv[3] ?? 25)),
  );
}
