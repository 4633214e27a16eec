/**
 * What every repository shares: the per-thread transaction over DbClient, the statements that
 * run in it, and the reading and binding of values that PostgreSQL and H2 hand over
 * differently.
 */
package dev.chit.adapters.persistence.sql;
