/** The command line (picocli): serve (default), call, demo, emulator and --test-credentials. */
package dev.kayakomcp.cli;
