/**
 * Photos of menu items: what an upload may be (its type, bytes and pixels), the two sizes it is
 * served in, and the content hash that names it.
 */
package dev.chit.domain.photo;
