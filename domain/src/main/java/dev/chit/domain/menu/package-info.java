/** Menus: categories, items, modifier groups and their options. */
package dev.chit.domain.menu;
