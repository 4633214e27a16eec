/** The menu: read by anyone, replaced by managers. */
package dev.chit.adapters.web.menu;
