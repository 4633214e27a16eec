/** Small pieces the use cases share: id and token making. */
package dev.chit.application.support;
