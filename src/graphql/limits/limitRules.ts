import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { limitExceeded, type LimitName, type RequestLimits } from '../../requestLimits';
import { maxMutationFieldsRule } from './maxMutationFieldsRule';

/**
 * The validation rules that bound an operation's work: GraphQL Armor's depth,
 * aliases, directives and cost (each an O(document) walk, fragments counted
 * once), and the gateway's own count of mutation fields. A breach is reported
 * as the domain's RequestLimitError naming its setting, so it leaves as
 * BAD_USER_INPUT with `limit`, status 400, before any resolver (hence any IoT
 * or audit call) runs. Tokens are bounded earlier, by the parser itself
 * (`parseOptions.maxTokens`), and bytes and batching before parsing.
 */
export function createLimitRules(limits: RequestLimits): ValidationRule[] {
  const common = (name: LimitName) => ({
    propagateOnRejection: false,
    onReject: [fromArmor(reporter(limits, name))],
  });
  return [
    maxDepthRule({ n: limits.depth, ignoreIntrospection: true, ...common('depth') }),
    // `__typename` costs IoT nothing: an alias of it is no work to bound.
    maxAliasesRule({ n: limits.aliases, allowList: ['__typename'], ...common('aliases') }),
    maxDirectivesRule({ n: limits.directives, ...common('directives') }),
    costLimitRule({ maxCost: limits.cost, ignoreIntrospection: true, ...common('cost') }),
    maxMutationFieldsRule(limits.mutationFields, reporter(limits, 'mutationFields')),
  ];
}

type Report = (context: ValidationContext | null, found: number | undefined) => void;

/** Reports the breach of `name`'s limit as the domain's error, which the error formatter finds as `originalError`. */
function reporter(limits: RequestLimits, name: LimitName): Report {
  return (context, found) => {
    const limitError = limitExceeded(limits, name, found);
    context?.reportError(new GraphQLError(limitError.message, { originalError: limitError }));
  };
}

/** Armor's rejection handler, with the count its message gives ("… exceeded, found 16"). */
function fromArmor(report: Report) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    report(context, found === undefined ? undefined : Number(found));
  };
}
