/** npm run user:create -- --email E --name N --role admin [--password-stdin] (see lib/users/cli.ts). */
import { closeDb, getDb } from "@/db/client";
import { runUserCreate } from "@/lib/users/cli";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter, Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

runUserCreate(process.argv.slice(2), { readStdin, out: (line) => console.log(line), err: (line) => console.error(line) }, getDb)
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
