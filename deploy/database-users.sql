-- vhk-gateway: the two database users (issue 11). Run once as a MariaDB administrator, e.g. with
-- deploy/database-users.sh, which fills in the ${...} placeholders (names: letters, digits, underscore).
--
--   ${migration_user}  migrates the schema (Flyway) at each start and then grants the runtime role its table rights;
--                      it owns the schema: all rights on ${database} WITH GRANT OPTION, nothing elsewhere.
--   ${runtime_user}    what the gateway's connection pool logs in as: only the role ${runtime_role}, whose rights
--                      the gateway (as ${migration_user}) sets table by table after each migration:
--                        SELECT, INSERT, UPDATE, DELETE   on the working tables (submissions, outbox, register, agenda)
--                        SELECT, INSERT                   on consent_record, consent_consenter, consent_withdrawal,
--                                                            audit_event (append-only: no UPDATE, no DELETE)
--                        SELECT, UPDATE                   on audit_chain_head
--                        SELECT                           on flyway_schema_history
--                      never CREATE, ALTER, DROP, INDEX, TRIGGER, GRANT: it cannot drop the append-only triggers.
--
-- Gateway configuration: vhk.db.user=${runtime_user}, vhk.db.migration.user=${migration_user},
-- vhk.db.runtime-role=${runtime_role}; passwords as VHK_DB_PASSWORD and VHK_DB_MIGRATION_PASSWORD.
-- On a server with binary logging, creating the append-only triggers needs log_bin_trust_function_creators=1
-- (or SUPER for the migration user).

CREATE DATABASE IF NOT EXISTS `${database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE ROLE IF NOT EXISTS ${runtime_role};

CREATE USER IF NOT EXISTS '${migration_user}'@'${host}' IDENTIFIED BY '${migration_password}';
GRANT ALL PRIVILEGES ON `${database}`.* TO '${migration_user}'@'${host}' WITH GRANT OPTION;

CREATE USER IF NOT EXISTS '${runtime_user}'@'${host}' IDENTIFIED BY '${runtime_password}';
GRANT ${runtime_role} TO '${runtime_user}'@'${host}';
SET DEFAULT ROLE ${runtime_role} FOR '${runtime_user}'@'${host}';
