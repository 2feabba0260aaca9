/**
 * XML in both directions: {@link dev.kayakomcp.xml.SafeXml} parses responses with DTDs and external
 * entities off and with size caps; the readers ({@link dev.kayakomcp.xml.TicketReader}, {@link
 * dev.kayakomcp.xml.PostReader}, {@link dev.kayakomcp.xml.NoteReader}, {@link
 * dev.kayakomcp.xml.LookupReader}, {@link dev.kayakomcp.xml.PeopleReader}, {@link
 * dev.kayakomcp.xml.CustomFieldReader}, {@link dev.kayakomcp.xml.TicketCountReader}) turn the
 * parsed tree into model records, tolerating missing and extra elements; {@link
 * dev.kayakomcp.xml.XmlWriter} writes Kayako's exact layout for the emulator.
 */
package dev.kayakomcp.xml;
