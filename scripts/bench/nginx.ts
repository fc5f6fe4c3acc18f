import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Serves `files` (name → HTML) as static files from a throwaway nginx on `port`; stop() ends it. */
export function startNginx(binary: string, port: number, files: Record<string, string>): { root: string; stop(): void; process: ChildProcess } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careerlens-nginx-"));
  // mkdtemp makes the folder private (0700); nginx's workers (user nobody when started as root) must read it,
  // or every answer is a 403 and its rate means nothing
  fs.chmodSync(dir, 0o755);
  const root = path.join(dir, "html");
  fs.mkdirSync(root);
  for (const [name, html] of Object.entries(files)) fs.writeFileSync(path.join(root, `${name}.html`), html);
  const conf = path.join(dir, "nginx.conf");
  // One worker per core and keep-alive, as a production static server would run; logging off like the app's.
  fs.writeFileSync(
    conf,
    `worker_processes auto; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  types { text/html html; }
  server { listen 127.0.0.1:${port}; root ${root}; location / { try_files $uri.html =404; } }
}
`,
  );
  const child = spawn(binary, ["-c", conf, "-p", dir], { stdio: "inherit" });
  return {
    root,
    process: child,
    stop: () => {
      child.kill("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
