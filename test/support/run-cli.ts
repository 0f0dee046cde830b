import { spawn } from 'node:child_process';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Resolved here because the CLIs run in fixture or temporary folders, where `--import tsx` would not find it.
const tsxLoader = import.meta.resolve('tsx');

/** Runs a TypeScript CLI (through tsx) in `cwd` and collects its exit code and output. */
export function runTypeScriptCli(cliPath: string, cwd: string, args: readonly string[] = []): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, cliPath, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
