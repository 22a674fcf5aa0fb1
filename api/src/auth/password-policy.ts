import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/** OWASP ASVS 4 §2.1: at least 12 characters, at least 64 allowed, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts with its common-password list (the passwords most found in breaches, shipped in
 * @zxcvbn-ts/language-common, MIT) and keyboard patterns; built on first use (about 0.3 s).
 */
function strength(password: string, context: string[]): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  return estimator.check(password, context);
}

/**
 * Why this password may not be used (Dutch, for the user), or null when it may. `context` holds words
 * that make it guessable for this account (username, display name). Spaces and every character are
 * allowed, so a long passphrase passes.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Het wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens hebben.`;
  }
  const result = strength(password, context);
  const listed = result.sequence.some(
    (match) =>
      match.pattern === 'dictionary' &&
      match.dictionaryName === 'passwords-common' &&
      match.token.length === password.length,
  );
  if (listed) {
    return 'Dit wachtwoord staat op een lijst van veelgebruikte of gelekte wachtwoorden. Kies een ander.';
  }
  if (result.score < MIN_SCORE) {
    return 'Dit wachtwoord is te makkelijk te raden (herhaling, reeks, toetsenbordpatroon of veelgebruikt woord). Kies bijvoorbeeld een zin van vier of meer woorden.';
  }
  return null;
}
