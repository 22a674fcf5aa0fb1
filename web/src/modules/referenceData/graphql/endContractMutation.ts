import { graphql } from '@/generated';

export const endContractMutation = graphql(`
  mutation EndContract($id: Int!, $endsOn: String!) {
    endContract(id: $id, endsOn: $endsOn)
  }
`);
