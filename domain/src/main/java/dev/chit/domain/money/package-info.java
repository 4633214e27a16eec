/** Money as integer minor units of one currency. */
package dev.chit.domain.money;
