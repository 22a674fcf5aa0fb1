import { graphql } from '@/generated';

export const caseRecordsQuery = graphql(`
  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {
    caseRecords(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      records {
        id
        receivedOn
        closedOn
        kind
        domainLabel
        themeLabel
        sourceOrganisation
        subjectOrganisation
        outcome
        highlight {
          text
          matched
        }
      }
    }
  }
`);
