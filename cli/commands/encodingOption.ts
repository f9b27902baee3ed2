/** The --encoding option the import commands share: a supported encoding's name, or a usage error. */
import {
  TEXT_ENCODINGS,
  toSupportedEncoding,
  type SupportedEncoding,
} from '../../shared/csv/encodings';
import { EXIT_USAGE, failed, type CliResult } from '../cliTypes';

export function encodingOption(
  value: string | undefined,
): { ok: true; encoding: SupportedEncoding } | { ok: false; result: CliResult } | null {
  if (value === undefined) return null;
  const encoding = toSupportedEncoding(value);
  if (encoding) return { ok: true, encoding };
  const names = TEXT_ENCODINGS.map((e) => e.name).join(', ');
  return {
    ok: false,
    result: failed(
      EXIT_USAGE,
      `--encoding "${value}" is not an encoding this tool reads. Use one of: ${names}.`,
    ),
  };
}
