/**
 * Menu photos read and written with the JDK's ImageIO (JPEG, PNG) and TwelveMonkeys' pure-Java
 * WebP reader: measured by their headers, decoded, scaled and encoded again without metadata.
 */
package dev.chit.adapters.imaging;
