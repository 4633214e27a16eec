/** The restaurant's people: users, their roles and memberships. */
package dev.chit.domain.staff;
