/** Setting up the kitchen's stations. */
package dev.chit.application.stations;
