export {
  ARGON2_OPTIONS,
  DUMMY_HASH,
  GENERATED_PASSWORD_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPasswordPolicy,
  generatePassword,
  hashPassword,
  isCommonPassword,
  passwordNeedsRehash,
  verifyAgainstDummy,
  verifyPassword,
  type PasswordIdentity,
  type PasswordPolicyReason,
  type PasswordPolicyResult,
} from "./password";
export {
  TOTP_ISSUER,
  generateTotpCode,
  generateTotpSecret,
  totpQrSvg,
  totpStep,
  totpUri,
  verifyTotp,
  type TotpVerification,
} from "./totp";
export {
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_LENGTH,
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
} from "./recovery-codes";
export { generateToken, hashToken, timingSafeEqualStr } from "./tokens";
