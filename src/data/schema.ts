/** Version of the data/*.json shapes and of every --json output. Bump on a breaking change. */
export const SCHEMA_VERSION = 2;
