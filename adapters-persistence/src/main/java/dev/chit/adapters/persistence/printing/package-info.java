/** Kitchen printers and the print queue ({@code V100__printers.sql}). */
package dev.chit.adapters.persistence.printing;
