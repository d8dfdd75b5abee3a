package rongcloud.emulator;

/** Handles one API endpoint: reads {@link Params}, changes state, returns the success fields or throws {@link ApiException}. */
@FunctionalInterface
public interface EndpointHandler {
  Reply handle(Params params);
}
