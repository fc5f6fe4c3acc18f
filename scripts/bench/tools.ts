import { execFileSync, spawnSync } from "node:child_process";
import net from "node:net";

/** The value after `--name` on the command line, if given. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** A numeric `--name` option, or `fallback` when it is not given. */
export function numberOption(name: string, fallback: number): number {
  const value = option(name);
  return value === undefined ? fallback : Number(value);
}

/** Finds a command on PATH, installing its Debian package when running as root; otherwise says how. */
export function ensureTool(command: string, debianPackage: string): string {
  const found = () => spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim();
  let path = found() || (command === "nginx" ? spawnSync("sh", ["-c", "ls /usr/sbin/nginx 2>/dev/null"], { encoding: "utf8" }).stdout.trim() : "");
  if (path) return path;
  if (process.getuid?.() !== 0) throw new Error(`${command} is missing: install it with  sudo apt-get install -y ${debianPackage}`);
  console.log(`Installing ${debianPackage} (apt-get)…`);
  execFileSync("apt-get", ["install", "-y", "-qq", debianPackage], { stdio: "inherit" });
  path = found() || "/usr/sbin/nginx";
  return path;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Waits until `url` answers (any status below 500), or fails after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Resident memory of the process listening on `port`, in MB (Linux), or null. */
export function rssOfListener(port: number): number | null {
  const out = spawnSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" }).stdout;
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) return null;
  const status = spawnSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" }).stdout;
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}
