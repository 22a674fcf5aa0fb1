/** Injection token for the DisclosurePolicy in force (default: k = 5, no rounding). */
export const DISCLOSURE_POLICY = Symbol('DISCLOSURE_POLICY');
