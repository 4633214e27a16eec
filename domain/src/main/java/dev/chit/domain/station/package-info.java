/**
 * The kitchen's stations: where each line of an order is made ({@link dev.chit.domain.station.KitchenStations}
 * routes it) and which station sees whole orders (expo).
 */
package dev.chit.domain.station;
