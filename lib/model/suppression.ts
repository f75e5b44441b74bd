/** What a suppression is matched against: a finding's rule and the element it is about. */
export interface SuppressionTarget {
  rule: string;
  nodeId?: string;
  edgeId?: string;
}

/**
 * Whether suppression `s` hides findings of `f`'s rule on `f`'s element. A suppression without a
 * node or edge covers the rule everywhere. The validator hides findings with it and the edit
 * `unsuppress` removes exactly what it matches, so "Unsuppress" always shows the finding again.
 */
export function suppressionMatches(s: SuppressionTarget, f: SuppressionTarget): boolean {
  if (s.rule !== f.rule) return false;
  if (s.nodeId !== undefined && s.nodeId !== f.nodeId) return false;
  if (s.edgeId !== undefined && s.edgeId !== f.edgeId) return false;
  return true;
}
