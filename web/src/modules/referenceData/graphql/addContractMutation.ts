import { graphql } from '@/generated';

export const addContractMutation = graphql(`
  mutation AddContract($input: AddContractInput!) {
    addContract(input: $input)
  }
`);
