/** Units, not AWS facts: conversions every engine uses, named so no AWS limit hides among them. */
export const KIB = 1024;
export const MIB = 1024 * KIB;
export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;
