/** The order event log behind the live board: numbered per restaurant, replayable. */
package dev.chit.adapters.persistence.events;
