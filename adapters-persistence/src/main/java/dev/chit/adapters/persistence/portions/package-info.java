/** Portions left and timed sell-outs of menu items. */
package dev.chit.adapters.persistence.portions;
