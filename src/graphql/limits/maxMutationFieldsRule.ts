import {
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Refuses a mutation operation with more than `max` root fields (aliases and
 * fragments included): each one is a change with its own IoT writes and audit
 * events, so one request of 1,000 aliased mutations would be 1,000 changes.
 * `__typename` is no change and is not counted.
 */
export function maxMutationFieldsRule(
  max: number,
  report: (context: ValidationContext, found: number) => void,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation !== OperationTypeNode.MUTATION) return;
      const found = new RootFieldCounter((name) => context.getFragment(name)).count(operation.selectionSet);
      if (found > max) report(context, found);
    },
  });
}

/**
 * Counts root fields through inline fragments and spreads. Each fragment is
 * counted once and remembered, so fragments that spread each other many times
 * cost one walk of the document rather than a count that doubles per level; a
 * fragment spread inside itself (a cycle, refused by validation anyway) counts nothing.
 */
class RootFieldCounter {
  private readonly counted = new Map<string, number>();
  constructor(private readonly fragmentOf: (name: string) => FragmentDefinitionNode | null | undefined) {}

  count(selectionSet: SelectionSetNode): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += selection.name.value === '__typename' ? 0 : 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += this.count(selection.selectionSet);
      else total += this.countFragment(selection.name.value);
    }
    return total;
  }

  private countFragment(name: string): number {
    const known = this.counted.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragmentOf(name);
    this.counted.set(name, 0);
    const total = fragment ? this.count(fragment.selectionSet) : 0;
    this.counted.set(name, total);
    return total;
  }
}
