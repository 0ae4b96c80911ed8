// The output formats of `lint --format`.
import { githubFormatter } from './github';
import { jsonFormatter } from './json';
import { Formatter } from './report';
import { sarifFormatter } from './sarif';
import { textFormatter } from './text';

export const FORMATTERS: Record<string, Formatter> = {
  text: textFormatter,
  json: jsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
};
