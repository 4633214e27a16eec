/** Orders as guests place and follow them. */
package dev.chit.adapters.web.orders;
