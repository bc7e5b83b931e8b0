/**
 * The claim pack's types, shared by the extraction, the database, the messages and the
 * import/export code. Each is inferred from its schema in schema.ts, so the two cannot drift.
 */
import type * as v from 'valibot';
import type {
  ArticleSchema,
  ClaimPackSchema,
  ClaimSchema,
  EntitySchema,
  FacetSchema,
  LabelBasisSchema,
  OutletSchema,
  SpeakerSchema,
  StatedNumberSchema,
} from './schema';
import type { CLAIM_MODES, ENTITY_TYPES } from './schema';

export { CLAIM_MODES, ENTITY_TYPES, PACK_FORMAT } from './schema';

export type LabelBasis = v.InferOutput<typeof LabelBasisSchema>;
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Facet = v.InferOutput<typeof FacetSchema>;
export type ClaimMode = (typeof CLAIM_MODES)[number];
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type StatedNumber = v.InferOutput<typeof StatedNumberSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ClaimPack = v.InferOutput<typeof ClaimPackSchema>;
