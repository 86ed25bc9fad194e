export function allowedOrigins(env?: Record<string, string | undefined>): string[];
export function mayBeServerAction(request: { method: string; pathname: string; headers: Headers }): boolean;
export function isAllowedActionOrigin(headers: Headers, allowed?: readonly string[]): boolean;
