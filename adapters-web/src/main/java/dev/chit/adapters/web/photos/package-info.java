/** Menu items' photos: uploaded and removed by managers, served to anyone with a year's cache. */
package dev.chit.adapters.web.photos;
