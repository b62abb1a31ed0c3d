/** The JSON the CLI prints: exactly the fields of docs/cli-contract.md, whatever else the engine's results carry. */
import type { Analysis, RelatedDocument } from '../engine/types';

export type ContractRelated = Pick<RelatedDocument, 'doc' | 'title' | 'source' | 'score'>;

export function contractRelated(related: readonly RelatedDocument[]): ContractRelated[] {
  return related.map(({ doc, title, source, score }) => ({ doc, title, source, score }));
}

export function contractAnalysis(analysis: Analysis): Omit<Analysis, 'related'> & { related: ContractRelated[] } {
  return { ...analysis, related: contractRelated(analysis.related) };
}
