/** Menu items' photos in {@code photos} and {@code menu_item_photos}. */
package dev.chit.adapters.persistence.photos;
