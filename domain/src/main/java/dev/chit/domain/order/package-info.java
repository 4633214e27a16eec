/** The order aggregate, its lines, its life (the transition table) and its events. */
package dev.chit.domain.order;
