/** Use cases of the pass: viewing, listing and moving orders. */
package dev.chit.application.orders;
