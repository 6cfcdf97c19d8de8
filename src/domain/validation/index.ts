export { validateUpdateRequest } from './validateUpdateRequest';
export { validateCreateRequest, type CreateSecurityProfileRequest } from './validateCreateRequest';
export { validateBehaviors } from './validateBehaviors';
export { validateProfile } from './validateProfile';
export { validateProfileMembers } from './validateProfileMembers';
export { validateTags, checkTagKey, type Tag } from './validateTags';
export { validateSecurityProfileName } from './validateSecurityProfileName';
export {
  VALIDATION_RULES,
  refuses,
  type RuleId,
  type RuleTier,
  type ValidationRule,
} from './validationRules';
export { judgeIssues, type Judgement } from './judgeIssues';
export { dependsOnStored, issuesOfChange } from './judgeAgainstStored';
export { judgeBehaviors, type BehaviorsJudgement, type FieldMessage } from './judgeBehaviors';
export { STRING_SHAPES, INTEGER_SHAPES, LONG_SHAPES, LIST_LIMITS } from './constraints';
export {
  BUILT_IN_METRICS,
  BUILT_IN_METRIC_NAMES,
  METRIC_TYPES,
  classifyMetric,
  customMetricSpec,
  type MetricSpec,
  type MetricType,
} from './metricCatalogue';
export { checkString, checkInteger, at, type Issues } from './checks';
