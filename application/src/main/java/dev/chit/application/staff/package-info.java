/** The restaurant's people: hiring, listing and dismissing staff. */
package dev.chit.application.staff;
