// Time spent per regex source during readMessage on typical texts
const timings = new Map<string, { n: number; t: number }>();
const wrap = (name: 'test' | 'exec') => {
  const orig = RegExp.prototype[name] as (s: string) => unknown;
  (RegExp.prototype as any)[name] = function (this: RegExp, s: string) {
    const t0 = performance.now();
    const r = orig.call(this, s);
    const dt = performance.now() - t0;
    const k = this.source.slice(0, 110);
    const e = timings.get(k) ?? { n: 0, t: 0 };
    e.n++; e.t += dt; timings.set(k, e);
    return r;
  };
};
wrap('test'); wrap('exec');
const { readMessage } = await import('../../../data/qa/understanding.ts');
const { deps } = await import('../../support/understanding-deps.ts');
const now = new Date('2027-01-11T08:00:00Z');
const texts = (process.argv[2] ? [process.argv[2]] : ['un jeune ASE de 17 ans peut-il faire la Promo 16/18 ?', 'prochaines JPO', 'c’est quoi Prépa Compétences ?']);
const N = 2000;
for (let i = 0; i < 300; i++) for (const t of texts) readMessage(t + (i % 7 === 0 ? '' : ' '), now, undefined, deps);
timings.clear();
let total = 0;
for (let i = 0; i < N; i++) for (const t of texts) { const s = performance.now(); readMessage(t, now, undefined, deps); total += performance.now() - s; }
const all = [...timings].sort((a, b) => b[1].t - a[1].t);
const sum = all.reduce((a, [, v]) => a + v.t, 0);
console.log('readMessage µs/turn', (total / N / texts.length * 1000).toFixed(1), 'regex µs/turn', (sum / N / texts.length * 1000).toFixed(1), 'regex calls/turn', (all.reduce((a, [, v]) => a + v.n, 0) / N / texts.length).toFixed(0));
for (const [k, v] of all.slice(0, 25)) console.log((v.t / N / texts.length * 1000).toFixed(2).padStart(7), (v.n / N).toFixed(1).padStart(5), k);
