/**
 * Kitchen printing: what each station's ticket says, its layout for the printer's width, the
 * print queue's courier and the printer setup.
 */
package dev.chit.application.printing;
