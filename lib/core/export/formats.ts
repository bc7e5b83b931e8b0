/** The export formats in one place: a lossless backup, CSV, Markdown and W3C Web Annotation. */
export { toBackupJson } from './json';
export { toCsv } from './csv';
export { toMarkdown } from './markdown';
export { toWebAnnotation } from './web-annotation';
