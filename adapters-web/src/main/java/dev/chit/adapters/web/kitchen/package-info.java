/** The kitchen's routes: stations, and the bumps and recalls of its screens. */
package dev.chit.adapters.web.kitchen;
