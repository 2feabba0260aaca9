/**
 * An embedded Kayako Classic: a {@link dev.kayakomcp.emulator.Helpdesk} in memory, served over HTTP
 * with Kayako's routing, HMAC authentication, XML shapes, error texts and quirks, plus faults on
 * demand. It depends on the model and the XML writer, never on the client.
 */
package dev.kayakomcp.emulator;
