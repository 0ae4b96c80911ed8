// Public surface of the pure language service (no vscode, no LSP connection).
export * from './types';
export * from './ast';
export * from './analyze';
export * from './fileSystem';
export { ConfigModel } from './model';
export type { ObjectKind, NamedObject, Reference } from './model';
export { RULES, ruleFor } from './rules';
export type { Rule } from './rules/rule';
export * as schema from './schema';
