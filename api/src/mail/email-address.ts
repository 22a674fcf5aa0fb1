/** A plausible e-mail address (the same check as the subscription tables' CHECK constraints). */
export function isEmailAddress(address: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) && address.length <= 254;
}
