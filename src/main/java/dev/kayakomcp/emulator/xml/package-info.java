/** Writers for the exact XML documents Kayako Classic answers with (spec §3). */
package dev.kayakomcp.emulator.xml;
