/** A restaurant's staff, for its managers. */
package dev.chit.adapters.web.staff;
