/** Use cases about menu items' photos: a manager uploads or removes one, anyone views it. */
package dev.chit.application.photos;
