import { graphql } from './generated';

/** Reads a profile: the result type says `version` is `number | string` and `creationDate` a string. */
export const DescribeProfile = graphql(`
  query DescribeProfile($name: String!) {
    securityProfile(securityProfileName: $name) {
      securityProfileName
      version
      creationDate
      behaviors {
        name
        metric
        criteria {
          comparisonOperator
          value {
            count
          }
        }
      }
    }
  }
`);

/** Changes the description, owning concurrency with `expectedVersion` (a Long, sent as a string). */
export const ChangeDescription = graphql(`
  mutation ChangeDescription($name: String!, $description: String!, $expectedVersion: Long) {
    updateSecurityProfile(
      input: {
        securityProfileName: $name
        securityProfileDescription: $description
        expectedVersion: $expectedVersion
      }
    ) {
      attempts
      auditEventId
      securityProfile {
        version
        securityProfileDescription
      }
    }
  }
`);
