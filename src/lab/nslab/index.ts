// The local namespace lab (Linux, root).
export * from './layout';
export * from './nslab';
export { NSLAB_TEXTS, nsLabTexts } from './i18n';
export type { NsLabStrings } from './i18n';
