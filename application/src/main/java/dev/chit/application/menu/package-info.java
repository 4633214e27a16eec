/** Use cases about menus. */
package dev.chit.application.menu;
