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
// Editor features (pure: they take an Analysis and return vscode-languageserver-types values).
export * from './features/completion';
export * from './features/hover';
export * from './features/symbols';
export * from './features/folding';
export * from './features/format';
export * from './features/navigation';
export * from './features/links';
export * from './features/codeActions';
export * from './features/diagnostics';
export * from './features/semanticContext';
export * from './features/uri';
export { BLOCK_TEMPLATES, expandSnippet, keywordSnippet } from './features/snippets';
export { keywordMarkdown } from './features/keywordDocs';
// Languages of messages (AnalysisOptions.lang) and how a locale maps to one.
export { LANGS, isLang, langFromEnv, langFromLocale } from './i18n';
export type { Lang } from './i18n';
