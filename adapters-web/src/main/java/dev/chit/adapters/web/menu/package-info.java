/** The public menu. */
package dev.chit.adapters.web.menu;
