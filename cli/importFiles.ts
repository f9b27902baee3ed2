/**
 * The files an import command names, read with its --encoding option: each file's bytes,
 * tagged with the encoding when one was given (else the reader detects it). A missing file or
 * an encoding this tool does not read is the command's failure, before anything is parsed.
 * Shared by import accounts, import-contacts, import-results and import-motions.
 */
import type { SupportedEncoding } from '../shared/csv/encodings';
import { EXIT_UNUSABLE_FILE, failed, type CliEnv, type CliResult } from './cliTypes';
import { encodingOption } from './commands/encodingOption';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  encoding?: SupportedEncoding;
}

export function readImportFiles(
  env: Pick<CliEnv, 'readFile'>,
  names: readonly string[],
  encodingValue: string | undefined,
): { ok: true; files: ImportFile[] } | { ok: false; result: CliResult } {
  const encoding = encodingOption(encodingValue);
  if (encoding && !encoding.ok) return encoding;
  const files: ImportFile[] = [];
  for (const name of names) {
    const bytes = env.readFile(name);
    if (bytes === null) {
      return { ok: false, result: failed(EXIT_UNUSABLE_FILE, `${name}: there is no such file.`) };
    }
    files.push(encoding ? { name, bytes, encoding: encoding.encoding } : { name, bytes });
  }
  return { ok: true, files };
}
