/**
 * Kitchen printers on the restaurant's network: ESC/POS over TCP (port 9100), our own encoder
 * for the few commands a ticket needs, and the status asked after every ticket.
 */
package dev.chit.adapters.printing;
