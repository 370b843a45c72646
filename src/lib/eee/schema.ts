/** Which Every Eval Ever schema the export follows: the copy vendored at a pinned commit. */

/** The commit of evaleval/every_eval_ever the schema was read at (see vendor/every-eval-ever/README.md). */
export const EEE_SCHEMA_COMMIT = '9bce4136e789ec006c62582f5f9d107d20f8b398';
/** The schema file, relative to the project root. */
export const EEE_SCHEMA_PATH = `vendor/every-eval-ever/${EEE_SCHEMA_COMMIT}/eval.schema.json`;
/** The `schema_version` every exported record declares (the vendored schema's own `version`). */
export const EEE_SCHEMA_VERSION = '0.3.0';
