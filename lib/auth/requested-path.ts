/** Request header the proxy sets to the admin path being opened, so a sign-in redirect can come back to it. */
export const REQUESTED_PATH_HEADER = "x-factdesk-path";
