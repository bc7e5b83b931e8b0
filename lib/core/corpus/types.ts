/** The shapes the reader's own corpus (articles they added, names they taught) shows to the UI. */
import type { Article, Claim, EntityType, Outlet } from '../pack/types';

/** What adding a page did: shown to the reader as "12 claims about 4 known entities". */
export interface AddedArticle {
  articleId: string;
  title: string;
  outlet: Pick<Outlet, 'id' | 'name'>;
  /** The outlet was not known before and was created "unrated". */
  newOutlet: boolean;
  /** The same URL was added before: its article and claims were replaced. */
  updated: boolean;
  claims: number;
  entities: number;
}

/** One of the reader's articles with its outlet's name and its claims, for the "My corpus" page. */
export interface MyArticle {
  /** `imported`: it came in a claim pack (its claims are the pack's), not from a page the reader added. */
  article: Omit<Article, 'text'> & { words: number; imported: boolean };
  outletName: string;
  claims: Claim[];
}

/** Where a candidate name appears: the sentence, and the article it is in. */
export interface CandidateContext {
  articleId: string;
  title: string;
  sentence: string;
}

/** A name that recurs in the reader's articles but is no known entity's alias. */
export interface Candidate {
  name: string;
  /** Other spellings seen (e.g. with and without "the"). */
  variants: string[];
  count: number;
  contexts: CandidateContext[];
}

/** What the reader fills in to accept a candidate. */
export interface NewEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
}

/** Rows an import added, changed and found already present, over all five tables. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}
