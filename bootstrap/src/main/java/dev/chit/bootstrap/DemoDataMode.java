package dev.chit.bootstrap;

/** When to seed the demo restaurant into an empty database. */
public enum DemoDataMode {
    /** Seed the embedded database only: a first start shows something; a real one stays clean. */
    AUTO,
    TRUE,
    FALSE
}
