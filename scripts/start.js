// npm start — runs the api and the worker side by side (built in dist/ by `npm run setup`).
// Either one exiting stops the other, so a supervisor sees the platform as one process.
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const register = path.join(__dirname, 'register-paths.js');
const apps = {
  api: path.join(root, 'dist/apps/api/src/main.js'),
  worker: path.join(root, 'dist/apps/worker/src/main.js'),
};

const children = Object.entries(apps).map(([name, entry]) => {
  const child = spawn(process.execPath, ['-r', register, entry], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    console.error(`[jejak] ${name} exited (${signal ?? code}); stopping`);
    shutdown(code ?? 1);
  });
  return child;
});

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
