package rongcloud.emulator;

/** Handles one admin route; the returned object (maps, lists, strings, numbers) is sent as JSON with HTTP 200. */
@FunctionalInterface
public interface AdminHandler {
  Object handle(AdminRequest request);
}
