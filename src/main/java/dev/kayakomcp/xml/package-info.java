/**
 * XML in both directions: {@link dev.kayakomcp.xml.SafeXml} parses responses with DTDs and external
 * entities off and with size caps; {@link dev.kayakomcp.xml.XmlWriter} writes Kayako's exact layout
 * for the emulator.
 */
package dev.kayakomcp.xml;
