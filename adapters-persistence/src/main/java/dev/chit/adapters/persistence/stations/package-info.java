/** The kitchen's stations in SQL. */
package dev.chit.adapters.persistence.stations;
