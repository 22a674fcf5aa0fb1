import { graphql } from '@/generated';

export const caseRecordQuery = graphql(`
  query CaseRecord($id: ID!) {
    caseRecord(id: $id) {
      id
      receivedOn
      closedOn
      kind
      line
      channel
      complainantType
      domainLabel
      themeLabel
      sourceOrganisation
      subjectOrganisation
      neighbourhoodCode
      neighbourhoodName
      outcome
      subjectKeyShort
      textRedacted
    }
  }
`);
