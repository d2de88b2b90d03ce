import { readFile } from 'node:fs/promises';
import { NewsfactsError } from '../errors';

/** One URL a line; blank lines and lines starting with # are skipped (a urls.txt can carry comments). */
export function parseUrlList(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The URLs of `submit`/`run`: the arguments, where "-" reads stdin, plus a --file (also "-" for stdin). */
export async function collectUrls(args: string[], file?: string): Promise<string[]> {
  const urls: string[] = [];
  let stdinRead = false;
  const fromStdin = async (): Promise<string[]> => {
    if (stdinRead) return [];
    stdinRead = true;
    return parseUrlList(await readStdin());
  };
  for (const arg of args) urls.push(...(arg === '-' ? await fromStdin() : [arg]));
  if (file === '-') urls.push(...(await fromStdin()));
  else if (file) {
    try {
      urls.push(...parseUrlList(await readFile(file, 'utf8')));
    } catch (err) {
      throw new NewsfactsError('FILE_NOT_FOUND', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  return urls;
}
