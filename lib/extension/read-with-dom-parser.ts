/**
 * Reading a page the reader adds with the browser's own HTML parser, where there is one: Chrome's
 * offscreen document and Firefox's background page. A document made by DOMParser is inert: its
 * scripts never run and nothing it links to is fetched.
 */
import { articleFromHtml, type ReadPage } from '../core/extract/read-html';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export const readWithDomParser: ReadPage = async (html, address, movedFrom) => articleFromHtml(html, address, parse, movedFrom);
