/** The id of a domain's detail card, the target of its overview tile. */
export function domainCardId(domain: string): string {
  return `domein-${domain}`;
}
