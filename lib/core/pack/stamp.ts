/** What the worker records about the bundled pack it loaded (the popup and corpus page show it). */
export interface PackStamp {
  format: string;
  digest: string;
  counts: Record<'outlets' | 'articles' | 'entities' | 'facets' | 'claims', number>;
  loadedAt: number;
}
