/**
 * What a slug is: lowercase letters and digits in words joined by single hyphens. Its own tiny
 * module so the schema, the files written after the build and My list's script (which must not
 * carry zod to the phone) share one rule.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
