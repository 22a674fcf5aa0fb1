import { graphql } from '@/generated';

export const signalEvidenceRecordsQuery = graphql(`
  query SignalEvidenceRecords($id: ID!, $limit: Int!) {
    signal(id: $id) {
      id
      evidenceRecords(limit: $limit) {
        recordId
        recordType
        kind
        startedOn
        endedOn
        themeCode
        sourceOrganisationCode
        subjectOrganisationCode
        subjectKeyShort
        outcome
        textRedacted
      }
    }
  }
`);
