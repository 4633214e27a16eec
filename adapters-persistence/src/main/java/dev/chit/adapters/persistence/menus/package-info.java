/** Menus, replaced whole, keeping what past orders refer to. */
package dev.chit.adapters.persistence.menus;
