/**
 * The persistence adapter: Chit's ports implemented on PostgreSQL, or on an embedded H2
 * database in PostgreSQL mode, through Helidon's DbClient over a HikariCP pool, with the
 * schema kept by Flyway ({@code db/migration}).
 *
 * <p>{@link dev.chit.adapters.persistence.Database} is the one entry point: the composition
 * root opens it with {@link dev.chit.adapters.persistence.DatabaseSettings} and takes the
 * repositories from it. SQL lives in this module only, as constants beside the code that
 * maps their rows; rows never leave it. The migrations are written once, for PostgreSQL, in
 * the subset H2 also understands, and every repository is tested on both.
 */
package dev.chit.adapters.persistence;
