import { seedDatabase, loadTargets } from "./seed";
async function main() {
  const n = Number(process.argv[2] || 2000);
  const r = await seedDatabase({ baseUrl: "postgres://postgres@127.0.0.1:5432/postgres", name: `factdesk_bench_try_${n}`, total: n, now: new Date(), log: (l) => console.log(l) });
  console.log(r);
  const t = await loadTargets(r.url, n);
  console.log(t.entryPaths.length, t.entryPaths.slice(0, 3), t.topicSlugs.length);
}
main().catch((e) => { console.error(e); process.exit(1); });
