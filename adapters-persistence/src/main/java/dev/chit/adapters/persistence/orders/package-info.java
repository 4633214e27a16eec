/** Orders with their lines, options and history; searching them a keyset page at a time. */
package dev.chit.adapters.persistence.orders;
