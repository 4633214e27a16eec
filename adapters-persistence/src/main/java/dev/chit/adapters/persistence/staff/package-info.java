/** Users of the portal and their memberships. */
package dev.chit.adapters.persistence.staff;
