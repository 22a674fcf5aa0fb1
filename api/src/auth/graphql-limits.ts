import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** Deeper than the dashboard ever asks; stops deeply nested abuse of relations. */
export const MAX_QUERY_DEPTH = 10;

/** Mutations that check a password. */
const PASSWORD_CHECKS = new Set(['login', 'changePassword']);

/**
 * One password check per request: otherwise aliases (`a: login(…) b: login(…) …`, or as many
 * `changePassword`s) would try many passwords in a single HTTP request.
 */
export function singleLoginRule(context: ValidationContext): ASTVisitor {
  let checks = 0;
  return {
    Field(node) {
      if (
        PASSWORD_CHECKS.has(node.name.value) &&
        context.getParentType()?.name === 'Mutation' &&
        ++checks === 2
      ) {
        context.reportError(
          new GraphQLError(`${node.name.value} mag maar één keer per verzoek voorkomen`, { nodes: node }),
        );
      }
    },
  };
}

/** Refuses operations nested deeper than `maxDepth` fields (fragments included). */
export function depthLimitRule(maxDepth = MAX_QUERY_DEPTH): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const below = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0;
          deepest = Math.max(deepest, 1 + below);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const fragment = fragments.get(selection.name.value);
          // Unknown and cyclic fragments are reported by graphql's own rules.
          if (!fragment || visiting.has(fragment.name.value)) continue;
          visiting.add(fragment.name.value);
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, visiting));
          visiting.delete(fragment.name.value);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        if (depthOf(node.selectionSet, new Set()) > maxDepth) {
          context.reportError(
            new GraphQLError(`Query te diep genest (maximaal ${maxDepth} niveaus)`, { nodes: node }),
          );
        }
      },
    };
  };
}
