export function nonceContentSecurityPolicy(nonce: string, options?: { dev?: boolean }): string;
export function publicContentSecurityPolicy(options?: { dev?: boolean }): string;
export function documentContentSecurityPolicy(): string;
export const NONCE_PATH_PREFIXES: readonly string[];
export function usesNonce(pathname: string): boolean;
