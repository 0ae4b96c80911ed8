// A thin layer over node:util parseArgs that turns its errors into our own usage messages.
import { parseArgs, ParseArgsConfig } from 'node:util';
import { UsageError } from './command';
import { cliMsg } from './i18n';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, args: string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    throw new UsageError(describeParseError(e as Error & { code?: string }, options), command);
  }
}

function describeParseError(e: Error & { code?: string }, options: Options): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return cliMsg().unknownOption(quoted ?? e.message);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // parseArgs says "Option '--format <value>' argument missing" or "... does not take an argument".
      const name = /--([A-Za-z0-9-]+)/.exec(e.message)?.[1];
      if (name && options[name]?.type === 'string') return cliMsg().optionNeedsValue(name);
      if (name) return cliMsg().optionTakesNoValue(name);
      return e.message;
    }
    default:
      return e.message;
  }
}

/** The values of a string option given once or several times (later ones win for single options). */
export function stringValues(v: ParsedArgs['values'][string]): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

export function lastString(v: ParsedArgs['values'][string]): string | undefined {
  const all = stringValues(v);
  return all[all.length - 1];
}
