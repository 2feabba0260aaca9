/**
 * Live updates: what a client can subscribe to ({@link dev.kayakomcp.live.Watch}, {@link
 * dev.kayakomcp.live.Queue}), the one poller that reads Kayako's newest activity for every session
 * ({@link dev.kayakomcp.live.LivePoller}) and the activity feed it reads ({@link
 * dev.kayakomcp.live.ActivityFeed}). Nothing here knows MCP: the server layer tells the poller what
 * is subscribed and hands it a way to announce a changed URI.
 */
package dev.kayakomcp.live;
