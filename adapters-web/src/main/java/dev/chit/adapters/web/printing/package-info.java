/** Kitchen printers over HTTP: their setup and queue for managers, reprints for staff, and Star CloudPRNT's polls. */
package dev.chit.adapters.web.printing;
