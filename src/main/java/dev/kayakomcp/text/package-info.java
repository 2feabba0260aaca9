/**
 * Understanding what tickets say, with the field's libraries: Apache Lucene analyses text (English
 * stemming and stop words for English, plain tokens otherwise) and ranks it with BM25 in memory;
 * Carrot2 Lingo groups tickets into labelled themes. Quotes and signatures are folded before any
 * text is analysed. Nothing here does I/O: tools hand in tickets they read and render the records
 * this package returns.
 */
package dev.kayakomcp.text;
